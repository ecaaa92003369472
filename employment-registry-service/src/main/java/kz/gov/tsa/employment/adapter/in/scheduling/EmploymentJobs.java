package kz.gov.tsa.employment.adapter.in.scheduling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.CompleteEndedMeasuresUseCase;
import kz.gov.tsa.employment.application.port.in.DetectMissedCheckInsUseCase;
import kz.gov.tsa.employment.application.port.in.FlagOverdueEmployerAnswersUseCase;
import kz.gov.tsa.employment.application.port.in.IgnoreOverdueReferralsUseCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the missed check-in (EMP-04/07), ignored referral (PRG-10), overdue employer answer (PRG-05, D-71) and ended
 * measure (D-72) jobs
 * every {@code tsa.employment.jobs.interval}
 * on every instance; the use cases claim rows with skipped locks and record what they announced, so a run twice a
 * day or on two instances announces each fact once (D-45).
 */
@ApplicationScoped
class EmploymentJobs {

    private static final Logger LOG = Logger.getLogger(EmploymentJobs.class);

    private final DetectMissedCheckInsUseCase missed;
    private final IgnoreOverdueReferralsUseCase ignored;
    private final FlagOverdueEmployerAnswersUseCase employerAnswers;
    private final CompleteEndedMeasuresUseCase endedMeasures;
    private final boolean enabled;
    private final Duration interval;
    private ScheduledExecutorService executor;

    @Inject
    EmploymentJobs(DetectMissedCheckInsUseCase missed, IgnoreOverdueReferralsUseCase ignored,
                   FlagOverdueEmployerAnswersUseCase employerAnswers, CompleteEndedMeasuresUseCase endedMeasures,
                   @ConfigProperty(name = "tsa.employment.jobs.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "tsa.employment.jobs.interval", defaultValue = "PT1H") Duration interval) {
        this.missed = missed;
        this.ignored = ignored;
        this.employerAnswers = employerAnswers;
        this.endedMeasures = endedMeasures;
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Employment jobs disabled (tsa.employment.jobs.enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "employment-jobs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 30_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            int checkIns = missed.detectMissed();
            int referrals = ignored.ignoreOverdue();
            int answers = employerAnswers.flagOverdue();
            int measures = endedMeasures.completeEnded();
            if (checkIns + referrals + answers + measures > 0) {
                LOG.infof("Employment jobs: %d missed check-ins (EMP-04/07), %d ignored referrals (PRG-10), "
                        + "%d overdue employer answers (PRG-05), %d measures completed", checkIns, referrals, answers,
                        measures);
            }
        } catch (RuntimeException e) {
            LOG.error("Employment jobs failed; they run again at the next interval", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
