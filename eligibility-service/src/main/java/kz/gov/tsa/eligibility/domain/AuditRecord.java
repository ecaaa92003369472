package kz.gov.tsa.eligibility.domain;

import java.time.Instant;
import java.util.Map;

/** One entry of the append-only audit trail: who, when, what, why (ARCHITECTURE.md §6). */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String entityType,
                          String entityId, String reason, Map<String, Object> details) {
}
