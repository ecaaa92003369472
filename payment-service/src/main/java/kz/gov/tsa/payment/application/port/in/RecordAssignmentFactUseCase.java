package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.ContractTerm;
import kz.gov.tsa.payment.domain.Sanction;
import kz.gov.tsa.payment.domain.Termination;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * A fact from tsa.eligibility.v1 or tsa.contracts.v1 changes an assignment and its schedule (PAY-01..03): a decision,
 * a signature, an extension, a lapse, a sanction, a termination, a completion. The same fact twice changes nothing.
 * Refused (with the rule ID) when the fact does not fit the assignment, e.g. a contract event for a decision not
 * known yet.
 */
public interface RecordAssignmentFactUseCase {

    Outcome<Assignment> record(Fact fact, String actor);

    /** The facts, each naming the decision it concerns. */
    sealed interface Fact {
        UUID decisionId();
    }

    /** ELIG-12/13: an UNCONDITIONAL or CONDITIONAL decision. */
    record Decided(Assignment assignment) implements Fact {
        public Decided {
            Objects.requireNonNull(assignment, "assignment");
        }

        @Override
        public UUID decisionId() {
            return assignment.decisionId();
        }
    }

    record ContractSigned(UUID decisionId, ContractTerm term) implements Fact {
    }

    record ContractExtended(UUID decisionId, UUID contractId, YearMonth lastPaymentMonth) implements Fact {
    }

    record ContractLapsed(UUID decisionId, UUID contractId) implements Fact {
    }

    record SanctionApplied(UUID decisionId, UUID contractId, Sanction sanction) implements Fact {
    }

    record ContractTerminated(UUID decisionId, UUID contractId, Termination termination) implements Fact {
    }

    record ContractCompleted(UUID decisionId, UUID contractId) implements Fact {
    }
}
