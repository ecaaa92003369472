package kz.gov.tsa.employment.application.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Keeps one published version of a reference value in the local dated table (D-40). */
public interface SaveReferenceValuePort {

    /** One version as published by its owner. */
    record Version(String parameter, LocalDate validFrom, LocalDate validTo, BigDecimal value, int version,
                   String source, Instant publishedAt, String eventId) {
    }

    /** Stores the version; false when that (parameter, validFrom, version) is already stored. */
    boolean save(Version version, String actor);

    /** D-99: the owner says a version no longer counts from {@code from} on (whether it arrived or not yet). */
    record Withdrawal(String parameter, LocalDate validFrom, int version, LocalDate from, Instant withdrawnAt,
                      String eventId) {
    }

    /** Stores the withdrawal; false when that (parameter, version, from) is already stored. Audited. */
    boolean withdraw(Withdrawal withdrawal, String actor);
}
