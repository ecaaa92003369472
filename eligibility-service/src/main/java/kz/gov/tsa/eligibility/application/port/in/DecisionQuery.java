package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.Decision;

import java.util.Optional;
import java.util.UUID;

/** Reads decisions and replays them from their stored inputs and parameter versions. */
public interface DecisionQuery {

    Optional<EligibilityDecision> byId(UUID decisionId);

    Optional<EligibilityDecision> byApplication(UUID applicationId);

    /** The stored outcome next to the one recomputed now from the stored snapshot. */
    Optional<Replay> replay(UUID decisionId);

    record Replay(EligibilityDecision stored, Decision recomputed) {
        public boolean identical() {
            return stored.outcome().equals(recomputed);
        }
    }
}
