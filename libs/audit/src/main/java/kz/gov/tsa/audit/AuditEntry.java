package kz.gov.tsa.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One audit record: who did what to which entity, when and why.
 *
 * @param actor   the token subject ({@code preferred_username}) or {@code event:<type>/<eventId>} for
 *                changes caused by an inbound event
 * @param details machine-readable facts of the change (never full IINs: mask them)
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String reason, Map<String, Object> details) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
