package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;

import java.util.Objects;
import java.util.UUID;

/**
 * ELIG-01..15: decides an application after the commission's conclusion, stores the decision with
 * its inputs and parameter versions, and announces {@code EligibilityDecided} in the same transaction.
 * Deciding again returns the first decision unchanged.
 */
public interface DecideEligibilityUseCase {

    /** The decision, or a refusal: not found (404), no commission conclusion yet (ELIG-10, 409), missing reference data (422). */
    Outcome<Result> decide(Command command);

    record Command(UUID applicationId, Caller caller) {
        public Command {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(caller, "caller");
        }

        /** The audit actor: the caller's subject. */
        public String actor() {
            return caller.subject();
        }
    }

    record Result(EligibilityDecision decision, boolean replayed) {
    }
}
