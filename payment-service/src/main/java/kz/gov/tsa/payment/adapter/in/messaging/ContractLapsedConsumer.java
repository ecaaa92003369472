package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractLapsed;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;

/** {@code ContractLapsed} → nothing is paid (ELIG-09, CON-03). */
@Singleton
class ContractLapsedConsumer extends PayloadHandler<ContractLapsed> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    ContractLapsedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.contract-lapsed", EventTypes.CONTRACT_LAPSED, ContractLapsed.class);
        this.facts = facts;
    }

    @Override
    protected void handle(ContractLapsed l, InboundEvent event) {
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.ContractLapsed(l.decisionId(), l.contractId()),
                actorOf(event)), event);
    }
}
