package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.Revocation;

import java.util.Objects;
import java.util.UUID;

/**
 * CON-06 (2), PAY-03: {@code AssignmentRevoked} — the months not paid yet are cancelled for the members the
 * revocation stops, and what was already paid to them becomes a recovery record (never netted silently).
 */
public interface RevokeAssignmentUseCase {

    Outcome<Assignment> revoke(Command command);

    record Command(UUID decisionId, Revocation revocation, String actor) {
        public Command {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(revocation, "revocation");
            Objects.requireNonNull(actor, "actor");
        }
    }
}
