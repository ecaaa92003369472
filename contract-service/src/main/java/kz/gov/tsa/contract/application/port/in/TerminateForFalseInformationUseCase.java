package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** CON-06 (2): eligibility revoked the assignment for false information (AssignmentRevoked) → the contract ends. */
public interface TerminateForFalseInformationUseCase {

    /** The terminated contract; refused when there is none for the decision (404) or it is closed already (409). */
    Outcome<Contract> terminate(Command command);

    record Command(UUID decisionId, String reason, Instant revokedAt, String actor) {
        public Command {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
