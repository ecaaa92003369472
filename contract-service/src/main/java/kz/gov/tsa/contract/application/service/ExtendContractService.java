package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.ExtendContractUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** CON-05, ELIG-11: the one extension. */
@ApplicationScoped
public class ExtendContractService implements ExtendContractUseCase {

    private final OperatorEdits edits;
    private final Clock clock;

    @Inject
    public ExtendContractService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                 Clock clock) {
        this.edits = new OperatorEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> extend(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.extend(c.months(), c.reason(), c.recommendation(), c.recommendedOn(),
                        LocalDate.now(clock), actor, clock.instant()));
    }
}
