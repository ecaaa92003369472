package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.LapseOverdueContractsUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;

import java.time.Clock;
import java.time.LocalDate;

/**
 * CON-03, ELIG-09: lapses overdue drafts. The store hands out only drafts no other run holds (row locks, skipped
 * when held) and each update checks the version it read, so two runs at once lapse each draft once.
 */
@ApplicationScoped
public class LapseOverdueContractsService implements LapseOverdueContractsUseCase {

    static final String ACTOR = "job:lapse-overdue-contracts";
    static final int BATCH = 200;

    private final ContractStorePort store;
    private final ContractChanges changes;
    private final Clock clock;

    @Inject
    public LapseOverdueContractsService(ContractStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new ContractChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int lapseOverdue() {
        LocalDate today = LocalDate.now(clock);
        return changes.sweep(store.claimOverdueDrafts(today, BATCH), c -> c.lapse(today, clock.instant()), ACTOR);
    }
}
