package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.ConfirmBreachUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** An operator confirms a proposed breach (CON-07, CON-08). */
@ApplicationScoped
public class ConfirmBreachService implements ConfirmBreachUseCase {

    private final OperatorEdits edits;
    private final Clock clock;

    @Inject
    public ConfirmBreachService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                Clock clock) {
        this.edits = new OperatorEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> confirm(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.confirmBreach(c.breachId(), c.note(), LocalDate.now(clock), actor,
                        clock.instant()));
    }
}
