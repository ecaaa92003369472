package kz.gov.tsa.events.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The owner of a reference value (eligibility-service for the MCI and the retirement ages, D-40) published one dated version; consumers keep it in their own dated table, the highest version of a (parameter, validFrom) winning. Topic {@code tsa.reference.v1}, key = the parameter name.
 */
public record ReferenceValuePublished(String parameter, LocalDate validFrom, LocalDate validTo, String value, int version, String source, Instant publishedAt) {
    public ReferenceValuePublished {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
