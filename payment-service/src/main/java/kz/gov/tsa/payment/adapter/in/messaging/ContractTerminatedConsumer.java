package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractMemberRef;
import kz.gov.tsa.events.contract.ContractTerminated;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.domain.Termination;

import java.util.stream.Collectors;

/** {@code ContractTerminated} → only the continuing members are paid from the first stopped month (PAY-03). */
@Singleton
class ContractTerminatedConsumer extends PayloadHandler<ContractTerminated> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    ContractTerminatedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.contract-terminated", EventTypes.CONTRACT_TERMINATED, ContractTerminated.class);
        this.facts = facts;
    }

    @Override
    protected void handle(ContractTerminated t, InboundEvent event) {
        var termination = new Termination(t.cause(), t.ruleId() == null ? "CON-08" : t.ruleId(),
                Facts.month(t.firstMonthStopped()),
                t.continuing().stream().map(ContractMemberRef::personKey).collect(Collectors.toSet()));
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.ContractTerminated(t.decisionId(), t.contractId(),
                termination), actorOf(event)), event);
    }
}
