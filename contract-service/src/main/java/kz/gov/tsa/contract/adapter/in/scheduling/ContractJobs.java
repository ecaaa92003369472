package kz.gov.tsa.contract.adapter.in.scheduling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.CompleteEndedContractsUseCase;
import kz.gov.tsa.contract.application.port.in.LapseOverdueContractsUseCase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the lapse (CON-03) and completion (CON-04) jobs every {@code tsa.contract.jobs.interval} on every instance;
 * the use cases claim their rows with skipped locks, so instances never lapse or complete a contract twice.
 */
@ApplicationScoped
class ContractJobs {

    private static final Logger LOG = Logger.getLogger(ContractJobs.class);

    private final LapseOverdueContractsUseCase lapse;
    private final CompleteEndedContractsUseCase complete;
    private final boolean enabled;
    private final Duration interval;
    private ScheduledExecutorService executor;

    @Inject
    ContractJobs(LapseOverdueContractsUseCase lapse, CompleteEndedContractsUseCase complete,
                 @ConfigProperty(name = "tsa.contract.jobs.enabled", defaultValue = "true") boolean enabled,
                 @ConfigProperty(name = "tsa.contract.jobs.interval", defaultValue = "PT15M") Duration interval) {
        this.lapse = lapse;
        this.complete = complete;
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Contract jobs disabled (tsa.contract.jobs.enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "contract-jobs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runOnce, 30_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            int lapsed = lapse.lapseOverdue();
            int completed = complete.completeEnded();
            if (lapsed + completed > 0) {
                LOG.infof("Contract jobs: %d lapsed (CON-03), %d completed (CON-04)", lapsed, completed);
            }
        } catch (RuntimeException e) {
            LOG.error("Contract jobs failed; they run again at the next interval", e);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
