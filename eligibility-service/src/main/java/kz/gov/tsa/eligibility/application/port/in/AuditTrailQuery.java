package kz.gov.tsa.eligibility.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The append-only audit trail of one entity (who, when, what, why), for auditors. */
public interface AuditTrailQuery {

    List<Entry> trail(String entityType, String entityId);

    record Entry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
                 String reason, Map<String, Object> details) {
    }
}
