package kz.gov.tsa.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An application the payment side knows is coming: received, not yet decided. Payment planning
 * counts them per region and quarter to foresee the next payment runs (PAY-01 schedules follow
 * decisions and contracts).
 */
public record PendingApplication(UUID applicationId, String familyId, String regionCode, String quarter,
                                 int memberCount, Instant receivedAt) {
    public PendingApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (memberCount < 1) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }
}
