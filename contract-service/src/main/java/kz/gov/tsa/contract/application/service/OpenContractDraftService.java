package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.OpenContractDraftUseCase;
import kz.gov.tsa.contract.application.port.out.CalendarPort;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ContractMember;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** ELIG-09, CON-03: a conditional decision opens one draft (a second delivery returns it). */
@ApplicationScoped
public class OpenContractDraftService implements OpenContractDraftUseCase {

    private final ContractStorePort store;
    private final CalendarPort calendar;
    private final PersonKeyPort personKeys;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public OpenContractDraftService(ContractStorePort store, CalendarPort calendar, PersonKeyPort personKeys,
                                    PublishEventPort events, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.personKeys = personKeys;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> open(Command c) {
        Optional<Contract> existing = store.findByDecision(c.decisionId());
        if (existing.isPresent()) {
            return Outcome.accepted(existing.get());
        }
        var members = c.members().stream().map(m -> new ContractMember(personKeys.personKey(m.iin()),
                m.iin().toString(), m.birthDate(), m.relation(), m.ableBodied(), m.disability(), m.longIllness(),
                m.fullTimeStudent(), m.careDuties(), m.employment())).toList();
        LocalDate concludedOn = LocalDate.ofInstant(c.commissionConcludedAt(), clock.getZone());
        return Contract.draft(UUID.randomUUID(), c.decisionId(), c.applicationId(), c.familyId(), c.region(), members,
                concludedOn, calendar.calendar(), clock.instant()).map(step -> {
            if (!store.insert(step, c.actor())) {
                return store.findByDecision(c.decisionId()).orElseThrow();
            }
            step.events().forEach(events::publish);
            return step.contract();
        });
    }
}
