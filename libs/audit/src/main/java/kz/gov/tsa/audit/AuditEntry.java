package kz.gov.tsa.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One audit record: who did what to which entity, when and why.
 *
 * @param actor   the token subject ({@code preferred_username}) or {@code event:<type>/<eventId>} for
 *                changes caused by an inbound event
 * @param details machine-readable facts of the change (never full IINs: mask them), in their order; a fact
 *                that has no value (e.g. no previous region) is kept with the value {@code null} and stored
 *                as JSON {@code null} (D-91); a key is never null
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType,
                         String entityId, String reason, Map<String, Object> details) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        details = details == null ? Map.of() : copyAllowingNullValues(details);
    }

    private static Map<String, Object> copyAllowingNullValues(Map<String, ?> details) {
        Map<String, Object> copy = new LinkedHashMap<>();
        details.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "a key of details"), value));
        return Collections.unmodifiableMap(copy);
    }
}
