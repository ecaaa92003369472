package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.RecordActivityProgressUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;

/** CON-02: the progress of a plan activity. */
@ApplicationScoped
public class RecordActivityProgressService implements RecordActivityProgressUseCase {

    private final OperatorEdits edits;

    @Inject
    public RecordActivityProgressService(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events) {
        this.edits = new OperatorEdits(store, personKeys, events);
    }

    @Override
    @Transactional
    public Outcome<Contract> record(Command c) {
        String actor = c.caller().subject();
        return edits.apply(c.caller(), c.contractId(),
                contract -> contract.recordProgress(c.activityId(), c.status(), actor));
    }
}
