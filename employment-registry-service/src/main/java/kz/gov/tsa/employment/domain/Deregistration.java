package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;

/** EMP-08/09: why and when a registration ended, and the first day a new one is allowed. */
public record Deregistration(DeregistrationReason reason, LocalDate on, LocalDate firstReRegistrationOn, String note) {
    public Deregistration {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(firstReRegistrationOn, "firstReRegistrationOn");
        note = note == null ? "" : note;
    }
}
