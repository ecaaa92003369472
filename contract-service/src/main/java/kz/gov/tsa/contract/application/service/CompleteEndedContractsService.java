package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.CompleteEndedContractsUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;

import java.time.Clock;
import java.time.LocalDate;

/** CON-04: completes running contracts whose term ended; safe to run twice or on two instances, like the lapse job. */
@ApplicationScoped
public class CompleteEndedContractsService implements CompleteEndedContractsUseCase {

    static final String ACTOR = "job:complete-ended-contracts";
    static final int BATCH = 200;

    private final ContractStorePort store;
    private final ContractChanges changes;
    private final Clock clock;

    @Inject
    public CompleteEndedContractsService(ContractStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new ContractChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int completeEnded() {
        LocalDate today = LocalDate.now(clock);
        return changes.sweep(store.claimEndedContracts(today, BATCH), c -> c.complete(today, clock.instant()), ACTOR);
    }
}
