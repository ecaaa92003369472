package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractSigned;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.domain.ContractTerm;

/** {@code ContractSigned} → the contract's paid months are due (PAY-01, ELIG-13, D-32). */
@Singleton
class ContractSignedConsumer extends PayloadHandler<ContractSigned> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    ContractSignedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.contract-signed", EventTypes.CONTRACT_SIGNED, ContractSigned.class);
        this.facts = facts;
    }

    @Override
    protected void handle(ContractSigned s, InboundEvent event) {
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.ContractSigned(s.decisionId(), new ContractTerm(
                s.contractId(), Facts.month(s.firstPaymentMonth()), Facts.month(s.lastPaymentMonth()), false)),
                actorOf(event)), event);
    }
}
