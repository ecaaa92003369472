package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.payment.domain.Revocation;

/** {@code AssignmentRevoked} (CON-06 (2)) → unpaid months cancelled, paid ones a recovery record (PAY-03). */
@Singleton
class AssignmentRevokedConsumer extends PayloadHandler<AssignmentRevoked> {

    private final RevokeAssignmentUseCase revoke;

    @Inject
    AssignmentRevokedConsumer(RevokeAssignmentUseCase revoke) {
        super("payment-service.assignment-revoked", EventTypes.ASSIGNMENT_REVOKED, AssignmentRevoked.class);
        this.revoke = revoke;
    }

    @Override
    protected void handle(AssignmentRevoked r, InboundEvent event) {
        Facts.settle(revoke.revoke(new RevokeAssignmentUseCase.Command(r.decisionId(),
                new Revocation(r.reason(), r.revokedBy(), r.revokedAt()), actorOf(event))), event);
    }
}
