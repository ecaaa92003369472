package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Quarter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Domain events of an application; the messaging adapter maps them to the published event records. */
public sealed interface ApplicationEvent {

    UUID applicationId();

    String familyId();

    Instant occurredAt();

    List<String> ruleIds();

    /** Received and stored; awaits the precinct commission (ELIG-10). */
    record Received(UUID applicationId, String familyId, RegionCode region, Quarter quarter, int memberCount,
                    Application.Channel channel, Instant occurredAt) implements ApplicationEvent {
        @Override
        public List<String> ruleIds() {
            return List.of("ELIG-01", "ELIG-10");
        }
    }

    /** Withdrawn before its decision (D-97): its members are free again; nothing is decided or paid on it. */
    record Withdrawn(UUID applicationId, String familyId, RegionCode region, Quarter quarter, String reason,
                     String withdrawnBy, Instant occurredAt) implements ApplicationEvent {
        @Override
        public List<String> ruleIds() {
            return List.of("ELIG-01");
        }
    }

    /** Decided (ELIG-01..15), with the commission's conclusion time for the contract deadline (CON-03). */
    record Decided(EligibilityDecision decision, Instant commissionConcludedAt) implements ApplicationEvent {
        @Override
        public UUID applicationId() {
            return decision.applicationId();
        }

        @Override
        public String familyId() {
            return decision.familyId();
        }

        @Override
        public Instant occurredAt() {
            return decision.decidedAt();
        }

        @Override
        public List<String> ruleIds() {
            return decision.outcome().explanation().ruleIds();
        }
    }

    /** An assignment revoked for false information (CON-06 (2)). */
    record Revoked(EligibilityDecision decision) implements ApplicationEvent {
        @Override
        public UUID applicationId() {
            return decision.applicationId();
        }

        @Override
        public String familyId() {
            return decision.familyId();
        }

        @Override
        public Instant occurredAt() {
            return decision.revocation().orElseThrow().revokedAt();
        }

        @Override
        public List<String> ruleIds() {
            return List.of("CON-06");
        }
    }
}
