package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * ELIG-06: one step of the retirement-age schedule of one sex — the age in force from {@code from} to {@code to}
 * (both included; {@code to == null} = until changed), with the id of the stored version it comes from. A person
 * reaches retirement age on the first day on which their age reaches the age in force on that day (Pension Law
 * art. 11 p. 1), and stays of retirement age after a later rise ({@link Ages#retirementDay}).
 */
public record RetirementAgeStep(Sex sex, LocalDate from, LocalDate to, BigDecimal years, long versionId) {
    public RetirementAgeStep {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(years, "years");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a step ends on or after its first day");
        }
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
