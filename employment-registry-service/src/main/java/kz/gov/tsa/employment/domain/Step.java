package kz.gov.tsa.employment.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result of an accepted transition: the registration after it, the audit action ({@code NONE}: nothing
 * changed), why, and the events it announces.
 */
public record Step(Registration registration, String action, String reason, List<EmploymentEvent> events) {

    public static final String NONE = "NONE";

    public Step {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
        events = List.copyOf(events);
    }

    public static Step none(Registration registration) {
        return new Step(registration, NONE, "", List.of());
    }

    public boolean changed() {
        return !NONE.equals(action);
    }
}
