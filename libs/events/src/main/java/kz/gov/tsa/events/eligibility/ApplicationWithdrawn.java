package kz.gov.tsa.events.eligibility;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An open application was withdrawn before its decision (ELIG-01, D-97): its members are free to apply in
 * another family, nothing will be decided or paid on it, and its case and pipeline entry close. Topic
 * {@code tsa.eligibility.v1}, key = family id. {@code withdrawnBy} is the actor (a portal client or an operator).
 */
public record ApplicationWithdrawn(UUID applicationId, String familyId, String regionCode, String quarter,
                                   String reason, String withdrawnBy, Instant withdrawnAt) {
    public ApplicationWithdrawn {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }
}
