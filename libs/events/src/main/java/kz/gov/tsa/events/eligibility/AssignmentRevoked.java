package kz.gov.tsa.events.eligibility;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An assignment was revoked because false information led to it (CON-06 (2)): conditional
 * payments to able-bodied members stop (PAY-03). Topic {@code tsa.eligibility.v1}, key = family id.
 */
public record AssignmentRevoked(UUID decisionId, UUID applicationId, String familyId, String reason,
                                String revokedBy, Instant revokedAt) {
    public AssignmentRevoked {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
