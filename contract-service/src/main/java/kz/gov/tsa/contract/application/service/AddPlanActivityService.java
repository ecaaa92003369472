package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.AddPlanActivityUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/** CON-02, CON-09: an activity for a named member of the plan. */
@ApplicationScoped
public class AddPlanActivityService implements AddPlanActivityUseCase {

    private final OperatorEdits edits;

    @Inject
    public AddPlanActivityService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events) {
        this.edits = new OperatorEdits(store, personKeys, events);
    }

    @Override
    @Transactional
    public Outcome<Contract> add(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.addActivity(UUID.randomUUID(), c.personKey(), c.kind(), c.domain(),
                        c.description(), c.dueDate(), actor));
    }
}
