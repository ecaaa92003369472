package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;

import java.util.Objects;
import java.util.UUID;

/** CON-06 (2): revokes an assignment that false information made unlawful; announces {@code AssignmentRevoked}. */
public interface RevokeAssignmentUseCase {

    /** The revoked decision, or a refusal: not found (404), not an assignment or already revoked (CON-06, 409). */
    Outcome<EligibilityDecision> revoke(Command command);

    record Command(UUID decisionId, String reason, Caller caller) {
        public Command {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(caller, "caller");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a revocation states its reason");
            }
        }

        /** The audit actor: the caller's subject. */
        public String actor() {
            return caller.subject();
        }
    }
}
