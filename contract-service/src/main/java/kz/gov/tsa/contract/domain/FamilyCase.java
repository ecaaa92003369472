package kz.gov.tsa.contract.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Centre's case of one family, opened when its TSA application is received. It waits for the
 * eligibility decision: conditional assistance needs a social contract (ELIG-09, CON-01) signed
 * within 3 working days of the commission's conclusion (CON-03).
 */
public record FamilyCase(
        UUID applicationId,
        String familyId,
        String regionCode,
        String quarter,
        int memberCount,
        Instant applicationReceivedAt,
        Instant openedAt,
        Status status) {

    /** AWAITING_DECISION, until its application is withdrawn before the decision (D-97): WITHDRAWN. */
    public enum Status { AWAITING_DECISION, WITHDRAWN }

    public FamilyCase {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(applicationReceivedAt, "applicationReceivedAt");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(status, "status");
        if (memberCount < 1) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }

    /** D-97: its application was withdrawn before the decision; nothing will be drafted for it. */
    public FamilyCase withdrawn() {
        return new FamilyCase(applicationId, familyId, regionCode, quarter, memberCount, applicationReceivedAt, openedAt,
                Status.WITHDRAWN);
    }

    /** Opens the case of a received application. */
    public static FamilyCase open(UUID applicationId, String familyId, String regionCode, String quarter,
                                  int memberCount, Instant receivedAt, Instant now) {
        return new FamilyCase(applicationId, familyId, regionCode, quarter, memberCount, receivedAt, now,
                Status.AWAITING_DECISION);
    }
}
