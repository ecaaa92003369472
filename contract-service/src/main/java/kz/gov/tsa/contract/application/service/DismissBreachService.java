package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.DismissBreachUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;

/** An operator dismisses a proposed breach. */
@ApplicationScoped
public class DismissBreachService implements DismissBreachUseCase {

    private final OperatorEdits edits;
    private final Clock clock;

    @Inject
    public DismissBreachService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                Clock clock) {
        this.edits = new OperatorEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> dismiss(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.dismissBreach(c.breachId(), c.note(), actor, clock.instant()));
    }
}
