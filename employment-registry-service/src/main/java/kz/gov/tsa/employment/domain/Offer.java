package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;

/** EMP-03 / PRG-09: what the Centre offered within the window — suitable work or vocational orientation. */
public record Offer(Kind kind, LocalDate on, String description) {

    public enum Kind { SUITABLE_WORK, VOCATIONAL_ORIENTATION }

    public Offer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        description = description == null ? "" : description;
    }
}
