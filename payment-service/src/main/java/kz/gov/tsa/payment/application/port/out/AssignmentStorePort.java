package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.Entitlement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Assignments with their schedule lines (PAY-01); every write is audited with its actor in the same transaction. */
public interface AssignmentStorePort {

    /** Stores a new assignment and its schedule; false (and nothing written) when the decision is already known. */
    boolean insert(Assignment assignment, List<Entitlement> schedule, Change change);

    /** The assignment of a decision, its row locked until the transaction ends. */
    Optional<Assignment> findForUpdate(UUID decisionId);

    /** Replaces the assignment and its whole schedule. */
    void update(Assignment assignment, List<Entitlement> schedule, Change change);

    /** What the audit trail records of a change. */
    record Change(String actor, String action, String reason, Map<String, ?> details) {
    }
}
