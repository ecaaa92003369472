package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.contract.ContractMemberRef;
import kz.gov.tsa.events.contract.SanctionApplied;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.domain.Sanction;

import java.util.stream.Collectors;

/** {@code SanctionApplied} → exactly the affected members' shares cut for exactly that month (PAY-02, CON-07). */
@Singleton
class SanctionAppliedConsumer extends PayloadHandler<SanctionApplied> {

    private final RecordAssignmentFactUseCase facts;

    @Inject
    SanctionAppliedConsumer(RecordAssignmentFactUseCase facts) {
        super("payment-service.sanction-applied", EventTypes.SANCTION_APPLIED, SanctionApplied.class);
        this.facts = facts;
    }

    @Override
    protected void handle(SanctionApplied s, InboundEvent event) {
        var sanction = new Sanction(s.breachId(), Facts.month(s.month()), s.percent(),
                s.affected().stream().map(ContractMemberRef::personKey).collect(Collectors.toSet()));
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.SanctionApplied(s.decisionId(), s.contractId(),
                sanction), actorOf(event)), event);
    }
}
