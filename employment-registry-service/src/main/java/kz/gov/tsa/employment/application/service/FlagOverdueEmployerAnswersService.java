package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.FlagOverdueEmployerAnswersUseCase;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Step;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * PRG-05 (D-71): flags social jobs whose employer let its 3 working days pass without an answer, for the operator's
 * queue. Rows are claimed with skipped locks and the flag is written in the same version-checked update that clears
 * the row's answer index, so two runs at once or one after the other flag a referral once.
 */
@ApplicationScoped
public class FlagOverdueEmployerAnswersService implements FlagOverdueEmployerAnswersUseCase {

    static final String ACTOR = "job:flag-overdue-employer-answers";
    static final int BATCH = 200;

    private final RegistrationStorePort store;
    private final RegistrationChanges changes;
    private final Clock clock;

    @Inject
    public FlagOverdueEmployerAnswersService(RegistrationStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new RegistrationChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public int flagOverdue() {
        LocalDate today = LocalDate.now(clock);
        int flagged = 0;
        for (UUID id : store.claimOverdueEmployerAnswers(today, BATCH)) {
            var before = store.findById(id).orElseThrow();
            Step step = before.flagOverdueEmployerAnswers(today);
            if (step.changed()) {
                changes.commit(step, ACTOR);
                flagged += step.registration().employerAnswersOverdue().size()
                        - before.employerAnswersOverdue().size();
            }
        }
        return flagged;
    }
}
