package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.DetectMissedCheckInsUseCase;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * EMP-04/07: announces each missed check-in once. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} (a second
 * instance skips them), the missed due day is recorded under a unique key (a second run finds it recorded) and the
 * update is version-checked: two runs at once, or one after the other, announce it once (D-45).
 */
@ApplicationScoped
public class DetectMissedCheckInsService implements DetectMissedCheckInsUseCase {

    static final String ACTOR = "job:detect-missed-check-ins";
    static final int BATCH = 200;

    private final RegistrationStorePort store;
    private final RegistrationChanges changes;
    private final Clock clock;

    @Inject
    public DetectMissedCheckInsService(RegistrationStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new RegistrationChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int detectMissed() {
        LocalDate today = LocalDate.now(clock);
        int announced = 0;
        for (UUID id : store.claimMissedCheckIns(today, BATCH)) {
            Registration r = store.findById(id).orElseThrow();
            Step step = r.detectMissedCheckIn(today, clock.instant());
            if (step.changed() && store.markMissed(id, r.nextCheckInDue(), today)) {
                changes.commit(step, ACTOR);
                announced++;
            }
        }
        return announced;
    }
}
