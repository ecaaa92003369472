package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.BreachSource;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.UUID;

/** A breach proposed from an employment fact; nothing changes until an operator confirms it. */
@ApplicationScoped
public class ProposeBreachService implements ProposeBreachUseCase {

    private final ContractStorePort store;
    private final ContractChanges changes;

    @Inject
    public ProposeBreachService(ContractStorePort store, PublishEventPort events) {
        this.store = store;
        this.changes = new ContractChanges(store, events);
    }

    @Override
    @Transactional
    public Outcome<Contract> propose(Command c) {
        Outcome<Contract> running = (c.familyId() == null ? store.findRunningByMember(c.personKey())
                : store.findRunningByFamily(c.familyId()))
                .flatMap(found -> store.findForUpdate(found.id()))
                .map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(Refusal.conflict("CON-06", "breach.no-running-contract")));
        BreachSource source = BreachSource.valueOf(c.kind().name());
        return changes.apply(running, contract -> contract.proposeBreach(UUID.randomUUID(), c.personKey(), source,
                c.occurredOn(), c.sourceEventId(), c.actor()), c.actor());
    }
}
