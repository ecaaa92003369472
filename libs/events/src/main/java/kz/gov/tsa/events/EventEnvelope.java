package kz.gov.tsa.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every TSA event travels in (ARCHITECTURE.md §4). Plain data: the messaging library
 * serialises it to JSON; consumers tolerate unknown fields.
 *
 * @param eventId       unique id of this event; the idempotency key of every consumer's inbox
 * @param type          event type name, e.g. {@code ApplicationReceived}
 * @param version       payload schema version (the {@code .v1} of the topic names the envelope version)
 * @param occurredAt    when the state change happened
 * @param familyId      the family (aggregate) the event is about; also the Kafka key
 * @param correlationId the business flow the event belongs to (e.g. one application)
 * @param causationId   the event or request that caused this one (null for a first cause)
 * @param ruleIds       rule IDs of RULES.md that produced the change
 * @param payload       the type-specific payload record
 */
public record EventEnvelope<P>(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String familyId,
        UUID correlationId,
        UUID causationId,
        List<String> ruleIds,
        P payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    /** A new envelope for a payload whose type is registered in {@link EventTypes}. */
    public static <P> EventEnvelope<P> of(P payload, String familyId, UUID correlationId, UUID causationId,
                                          Instant occurredAt, List<String> ruleIds) {
        EventType type = EventTypes.forPayload(payload.getClass());
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), occurredAt, familyId,
                correlationId, causationId, ruleIds, payload);
    }

    /** The topic this event belongs on. */
    public String topic() {
        return EventTypes.byName(type).topic();
    }
}
