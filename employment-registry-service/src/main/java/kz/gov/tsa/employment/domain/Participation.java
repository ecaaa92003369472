package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's part in one active measure (PRG-01..09), from its start to its end or until they quit. It is completed
 * (D-72) when its end date is reached ({@code END_DATE_REACHED}, by the job, on the end date) or when the Centre records
 * its completion ({@code RECORDED}, on a day of its term).
 */
public record Participation(UUID id, MeasureKind kind, String provider, LocalDate startOn, LocalDate endOn,
                            Status status, LocalDate quitOn, boolean ownInitiative, MeasureFacts facts,
                            LocalDate completedOn, Completion completion) {

    public enum Status { ACTIVE, QUIT, COMPLETED }

    /** How a participation was completed. */
    public enum Completion { END_DATE_REACHED, RECORDED }

    public Participation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(status, "status");
        provider = provider == null ? "" : provider;
        facts = facts == null ? MeasureFacts.none() : facts;
        if ((status == Status.COMPLETED) != (completedOn != null && completion != null)) {
            throw new IllegalArgumentException("a completed participation has its day and way, no other has");
        }
    }

    /** A participation before it is completed. */
    public Participation(UUID id, MeasureKind kind, String provider, LocalDate startOn, LocalDate endOn, Status status,
                         LocalDate quitOn, boolean ownInitiative, MeasureFacts facts) {
        this(id, kind, provider, startOn, endOn, status, quitOn, ownInitiative, facts, null, null);
    }

    Participation quit(LocalDate on, boolean own) {
        return new Participation(id, kind, provider, startOn, endOn, Status.QUIT, on, own, facts);
    }

    Participation completed(LocalDate on, Completion how) {
        return new Participation(id, kind, provider, startOn, endOn, Status.COMPLETED, null, false, facts, on, how);
    }
}
