package kz.gov.tsa.contract.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Open the case of a family whose application was received (from {@code ApplicationReceived}). */
public record OpenFamilyCaseCommand(UUID applicationId, String familyId, String regionCode, String quarter,
                                    int memberCount, Instant receivedAt, String cause) {
    public OpenFamilyCaseCommand {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(cause, "cause");
    }
}
