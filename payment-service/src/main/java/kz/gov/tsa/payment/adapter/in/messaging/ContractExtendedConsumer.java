package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractExtended;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;

import java.time.YearMonth;

/** {@code ContractExtended} → the schedule runs to the new last paid month (CON-05, D-33). */
@Singleton
class ContractExtendedConsumer extends PayloadHandler<ContractExtended> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    ContractExtendedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.contract-extended", EventTypes.CONTRACT_EXTENDED, ContractExtended.class);
        this.facts = facts;
    }

    @Override
    protected void handle(ContractExtended e, InboundEvent event) {
        YearMonth last = e.lastPaymentMonth() != null ? Facts.month(e.lastPaymentMonth()) : YearMonth.from(e.newTermEnd());
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.ContractExtended(e.decisionId(), e.contractId(), last),
                actorOf(event)), event);
    }
}
