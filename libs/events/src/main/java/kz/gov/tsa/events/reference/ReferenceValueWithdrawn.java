package kz.gov.tsa.events.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A published version of a reference value no longer counts from {@code withdrawnFrom} on (D-99): the owner withdrew
 * it from that day, closed it the day before (a later version or a withdrawal), or superseded it by a correction of
 * the same period ({@code withdrawnFrom} = its {@code validFrom}: it counts for no day). Consumers keep the earliest
 * such day per version and ignore the version from it on, whether the version itself arrived before or not. Topic
 * {@code tsa.reference.v1}, key = the parameter name.
 *
 * @param version the version, as published in {@link ReferenceValuePublished#version()}
 */
public record ReferenceValueWithdrawn(String parameter, LocalDate validFrom, int version, LocalDate withdrawnFrom,
                                      Instant withdrawnAt) {
    public ReferenceValueWithdrawn {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(withdrawnFrom, "withdrawnFrom");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (withdrawnFrom.isBefore(validFrom)) {
            throw new IllegalArgumentException("a version is withdrawn from its first day at the earliest");
        }
    }
}
