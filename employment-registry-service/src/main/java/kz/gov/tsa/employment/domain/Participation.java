package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A person's part in one active measure (PRG-01..09), from its start to its end or until they quit. */
public record Participation(UUID id, MeasureKind kind, String provider, LocalDate startOn, LocalDate endOn,
                            Status status, LocalDate quitOn, boolean ownInitiative, MeasureFacts facts) {

    public enum Status { ACTIVE, QUIT }

    public Participation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(status, "status");
        provider = provider == null ? "" : provider;
        facts = facts == null ? MeasureFacts.none() : facts;
    }

    Participation quit(LocalDate on, boolean own) {
        return new Participation(id, kind, provider, startOn, endOn, Status.QUIT, on, own, facts);
    }
}
