package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.CompleteEndedMeasuresUseCase;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;

import java.time.Clock;
import java.time.LocalDate;

/**
 * D-72: completes active measures whose end date passed, on their end date. Rows are claimed with skipped locks and
 * the completion is written in the same version-checked update that moves the row's index, so two runs at once or one
 * after the other announce each completion once.
 */
@ApplicationScoped
public class CompleteEndedMeasuresService implements CompleteEndedMeasuresUseCase {

    static final String ACTOR = "job:complete-ended-measures";
    static final int BATCH = 200;

    private final RegistrationStorePort store;
    private final RegistrationChanges changes;
    private final Clock clock;

    @Inject
    public CompleteEndedMeasuresService(RegistrationStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new RegistrationChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int completeEnded() {
        LocalDate today = LocalDate.now(clock);
        return changes.sweep(store.claimEndedMeasures(today, BATCH),
                r -> r.completeEndedMeasures(today, clock.instant()), ACTOR);
    }
}
