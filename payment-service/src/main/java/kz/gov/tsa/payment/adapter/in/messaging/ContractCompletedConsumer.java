package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractCompleted;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;

/** {@code ContractCompleted} → the term ended (CON-04); the schedule stays as it is. */
@Singleton
class ContractCompletedConsumer extends PayloadHandler<ContractCompleted> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    ContractCompletedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.contract-completed", EventTypes.CONTRACT_COMPLETED, ContractCompleted.class);
        this.facts = facts;
    }

    @Override
    protected void handle(ContractCompleted c, InboundEvent event) {
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.ContractCompleted(c.decisionId(), c.contractId()),
                actorOf(event)), event);
    }
}
