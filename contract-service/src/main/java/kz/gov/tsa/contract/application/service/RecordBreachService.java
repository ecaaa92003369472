package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.RecordBreachUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** CON-06 (1), CON-07, CON-08: an operator's breach record, confirmed at once. */
@ApplicationScoped
public class RecordBreachService implements RecordBreachUseCase {

    private final OperatorEdits edits;
    private final Clock clock;

    @Inject
    public RecordBreachService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                               Clock clock) {
        this.edits = new OperatorEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> record(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.recordBreach(UUID.randomUUID(), c.personKey(), c.reason(), c.occurredOn(),
                        c.evidence(), LocalDate.now(clock), actor, clock.instant()));
    }
}
