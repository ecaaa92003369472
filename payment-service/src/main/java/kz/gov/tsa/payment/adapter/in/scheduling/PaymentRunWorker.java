package kz.gov.tsa.payment.adapter.in.scheduling;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import kz.gov.tsa.payment.application.port.in.ProcessPaymentRunUseCase;
import kz.gov.tsa.payment.domain.PaymentRun;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Works the RUNNING payment runs in the background, one chunk per transaction, on one daemon thread: it looks for
 * RUNNING runs every {@code tsa.payment.run.poll-interval}, so a run started over REST is picked up at once and a
 * run left RUNNING by a killed service is resumed by the next instance that starts (its cursor is in the database).
 */
@ApplicationScoped
public class PaymentRunWorker {

    private static final Logger LOG = Logger.getLogger(PaymentRunWorker.class);

    /** The run's settings. */
    @ConfigMapping(prefix = "tsa.payment.run")
    public interface Settings {
        /** Families per chunk (one transaction). */
        @WithDefault("2000")
        int chunkFamilies();

        /** How often the worker looks for RUNNING runs. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Whether this instance works on runs at all. */
        @WithDefault("true")
        boolean enabled();
    }

    private final ProcessPaymentRunUseCase process;
    private final Settings settings;
    private final AtomicBoolean paused = new AtomicBoolean(false);
    private volatile boolean stopping;
    private Thread thread;

    @Inject
    PaymentRunWorker(ProcessPaymentRunUseCase process, Settings settings) {
        this.process = process;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        if (!settings.enabled()) {
            LOG.info("Payment run worker disabled (tsa.payment.run.enabled=false)");
            return;
        }
        thread = Thread.ofPlatform().daemon().name("payment-run-worker").start(this::loop);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Stops taking new chunks until {@link #resume()} (tests: to see a run part-way). */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
    }

    private void loop() {
        while (!stopping) {
            try {
                if (!paused.get()) {
                    for (UUID id : process.runningRuns()) {
                        work(id);
                    }
                }
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Payment run worker: a chunk failed; retrying after %s", settings.pollInterval());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void work(UUID runId) {
        while (!stopping && !paused.get()) {
            var step = process.processNextChunk(runId, settings.chunkFamilies());
            if (step.isEmpty() || step.get().status() != PaymentRun.Status.RUNNING) {
                return;
            }
        }
    }
}
