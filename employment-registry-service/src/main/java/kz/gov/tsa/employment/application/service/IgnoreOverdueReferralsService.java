package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.IgnoreOverdueReferralsUseCase;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;

import java.time.Clock;
import java.time.LocalDate;

/**
 * PRG-10, EMP-08 (2): announces referrals not followed by their turn-up day; rows are claimed with skipped locks
 * and the referral is closed in the same version-checked update, so each is announced once.
 */
@ApplicationScoped
public class IgnoreOverdueReferralsService implements IgnoreOverdueReferralsUseCase {

    static final String ACTOR = "job:ignore-overdue-referrals";
    static final int BATCH = 200;

    private final RegistrationStorePort store;
    private final RegistrationChanges changes;
    private final Clock clock;

    @Inject
    public IgnoreOverdueReferralsService(RegistrationStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new RegistrationChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int ignoreOverdue() {
        LocalDate today = LocalDate.now(clock);
        return changes.sweep(store.claimOverdueReferrals(today, BATCH),
                r -> r.ignoreOverdueReferrals(today, clock.instant()), ACTOR);
    }
}
