package kz.gov.tsa.contract.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ContractEvent;
import kz.gov.tsa.contract.domain.ContractMember;
import kz.gov.tsa.events.contract.ContractCompleted;
import kz.gov.tsa.events.contract.ContractDrafted;
import kz.gov.tsa.events.contract.ContractExtended;
import kz.gov.tsa.events.contract.ContractLapsed;
import kz.gov.tsa.events.contract.ContractMemberRef;
import kz.gov.tsa.events.contract.ContractSigned;
import kz.gov.tsa.events.contract.ContractTerminated;
import kz.gov.tsa.events.contract.SanctionApplied;
import kz.gov.tsa.messaging.Outbox;

import java.util.List;

/** Maps contract events to the {@code tsa.contracts.v1} records and appends them to the outbox (key = family id). */
@ApplicationScoped
class OutboxEventPublisher implements PublishEventPort {

    private final Outbox outbox;

    @Inject
    OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ContractEvent event) {
        Contract c = event.contract();
        Object payload = switch (event) {
            case ContractEvent.Drafted d -> new ContractDrafted(c.id(), c.decisionId(), c.applicationId(),
                    c.familyId(), c.region().value(), c.commissionConcludedOn(), c.signingDeadline(),
                    refs(c, c.members().stream().map(ContractMember::personKey).toList()), d.occurredAt());
            case ContractEvent.Signed s -> new ContractSigned(c.id(), c.decisionId(), c.applicationId(), c.familyId(),
                    c.region().value(), c.signature().signedOn(), c.termMonths(), c.termEnd(),
                    c.firstPaymentMonth().orElseThrow().toString(), c.lastPaymentMonth().orElseThrow().toString(),
                    c.signature().assistant(), c.signature().consultant(),
                    refs(c, c.members().stream().map(ContractMember::personKey).toList()), s.occurredAt());
            case ContractEvent.Lapsed l -> new ContractLapsed(c.id(), c.decisionId(), c.applicationId(), c.familyId(),
                    c.signingDeadline(), l.on(), l.occurredAt());
            case ContractEvent.Extended e -> new ContractExtended(c.id(), c.decisionId(), c.familyId(),
                    e.extension().months(), e.extension().reason().name(), e.extension().recommendation(),
                    e.extension().recommendedOn(), e.extension().previousTermEnd(), e.extension().newTermEnd(),
                    c.lastPaymentMonth().orElseThrow().toString(), e.occurredAt());
            case ContractEvent.SanctionApplied s -> new SanctionApplied(c.id(), c.decisionId(), c.familyId(),
                    s.sanction().breachId(), s.sanction().month().toString(), s.sanction().percent(),
                    refs(c, s.sanction().affected()), refs(c, s.sanction().exempt()), s.occurredAt());
            case ContractEvent.Terminated t -> new ContractTerminated(c.id(), c.decisionId(), c.familyId(),
                    t.termination().cause(), t.termination().ruleId(), t.termination().terminatedOn(),
                    t.termination().firstMonthStopped().toString(), t.termination().breachId(),
                    t.termination().reason(), refs(c, t.termination().continuing()),
                    refs(c, t.termination().stopped()), t.occurredAt());
            case ContractEvent.Completed d -> new ContractCompleted(c.id(), c.decisionId(), c.familyId(), c.termEnd(),
                    d.on(), d.occurredAt());
        };
        outbox.appendEvent(payload, c.familyId(), c.decisionId(), event.occurredAt(), event.ruleIds());
    }

    private static List<ContractMemberRef> refs(Contract c, List<String> personKeys) {
        return personKeys.stream().map(k -> new ContractMemberRef(k, c.member(k).map(ContractMember::maskedIin)
                .orElse("****"))).toList();
    }
}
