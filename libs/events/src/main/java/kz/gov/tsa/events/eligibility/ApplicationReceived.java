package kz.gov.tsa.events.eligibility;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An application for TSA was received and stored (ELIG-01, ELIG-10: it now awaits the precinct
 * commission). Topic {@code tsa.eligibility.v1}, key = family id.
 *
 * @param applicationId the application's id in eligibility-service
 * @param familyId      the family's id (Kafka key)
 * @param regionCode    KATO code of the applicant's region
 * @param quarter       quarter of application, {@code YYYY-Qn}
 * @param memberCount   number of family members, applicant included
 * @param channel       {@code PORTAL} or {@code OPERATOR}
 * @param receivedAt    when it was received
 */
public record ApplicationReceived(
        UUID applicationId,
        String familyId,
        String regionCode,
        String quarter,
        int memberCount,
        String channel,
        Instant receivedAt) {

    public ApplicationReceived {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (memberCount < 1) {
            throw new IllegalArgumentException("memberCount must be >= 1");
        }
    }
}
