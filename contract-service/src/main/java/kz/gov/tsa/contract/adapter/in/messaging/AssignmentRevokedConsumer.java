package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.contract.application.port.in.TerminateForFalseInformationUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import org.jboss.logging.Logger;

/**
 * CON-06 (2): {@code AssignmentRevoked} (false information) terminates the decision's contract. A decision without a
 * contract (unconditional) or a contract already closed is logged and left alone.
 */
@Singleton
class AssignmentRevokedConsumer extends PayloadHandler<AssignmentRevoked> {

    private static final Logger LOG = Logger.getLogger(AssignmentRevokedConsumer.class);

    private final TerminateForFalseInformationUseCase terminate;

    @Inject
    AssignmentRevokedConsumer(TerminateForFalseInformationUseCase terminate) {
        super("contract-service.assignment-revoked", EventTypes.ASSIGNMENT_REVOKED, AssignmentRevoked.class);
        this.terminate = terminate;
    }

    @Override
    protected void handle(AssignmentRevoked revoked, InboundEvent event) {
        terminate.terminate(new TerminateForFalseInformationUseCase.Command(revoked.decisionId(), revoked.reason(),
                revoked.revokedAt(), actorOf(event))).refusalIfAny().map(Refusal::toString)
                .ifPresent(r -> LOG.infof("AssignmentRevoked %s: no contract terminated (%s)", revoked.decisionId(), r));
    }
}
