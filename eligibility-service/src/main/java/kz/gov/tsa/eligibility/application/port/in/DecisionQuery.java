package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/**
 * Reads decisions and replays them from their stored inputs and parameter versions, as the caller may see them
 * (D-11): 404 when there is none or it lies outside the caller's reach.
 */
public interface DecisionQuery {

    Outcome<EligibilityDecision> byId(UUID decisionId, Caller caller);

    /** The decision on an application the caller may see; 404 when the application is not visible or not decided. */
    Outcome<EligibilityDecision> byApplication(UUID applicationId, Caller caller);

    /** The stored outcome next to the one recomputed now from the stored snapshot. */
    Outcome<Replay> replay(UUID decisionId, Caller caller);

    record Replay(EligibilityDecision stored, Decision recomputed) {
        public boolean identical() {
            return stored.outcome().equals(recomputed);
        }
    }
}
