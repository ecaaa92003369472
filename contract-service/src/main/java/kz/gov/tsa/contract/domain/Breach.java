package kz.gov.tsa.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A breach of the contract's obligations (CON-06 (1)): recorded by an operator (confirmed at once) or proposed
 * from an employment fact and then confirmed or dismissed by an operator. Only a confirmed breach has effects
 * (CON-07, CON-08).
 *
 * @param id            the breach's id
 * @param personKey     the member concerned (null when the breach concerns the family as a whole)
 * @param source        operator, or the employment fact that proposed it
 * @param reason        what was breached
 * @param occurredOn    when it happened
 * @param evidence      what shows it (document, event id)
 * @param sourceEventId the employment event that proposed it (null for an operator's record); proposals are idempotent on it
 * @param status        proposed, confirmed or dismissed
 * @param recordedBy    who recorded or proposed it
 * @param decidedBy     who confirmed or dismissed it (null while proposed)
 * @param decidedAt     when (null while proposed)
 * @param decisionNote  the operator's note on confirming or dismissing
 * @param consequence   {@code SANCTION} (CON-07) or {@code TERMINATION} (CON-08) for a confirmed breach, else null
 */
public record Breach(UUID id, String personKey, BreachSource source, String reason, LocalDate occurredOn,
                     String evidence, UUID sourceEventId, BreachStatus status, String recordedBy, String decidedBy,
                     Instant decidedAt, String decisionNote, String consequence) {
    public Breach {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(recordedBy, "recordedBy");
        evidence = evidence == null ? "" : evidence;
    }

    Breach decided(BreachStatus next, String by, Instant at, String note, String effect) {
        return new Breach(id, personKey, source, reason, occurredOn, evidence, sourceEventId, next, recordedBy, by, at,
                note, effect);
    }
}
