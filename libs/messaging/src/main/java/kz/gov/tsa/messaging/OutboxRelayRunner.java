package kz.gov.tsa.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link OutboxRelay} of a service: one daemon thread, started at {@link StartupEvent} (after
 * Flyway has migrated), that publishes again at once while batches come back full and sleeps
 * {@code tsa.messaging.relay.interval} when the outbox is idle (longer, up to 5 s, while rounds fail).
 * Stops at {@link ShutdownEvent}. Disabled by {@code tsa.messaging.relay.enabled=false}.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);
    private static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final MessagingConfig config;
    private final String bootstrapServers;
    private final String applicationName;

    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running;
    private Producer<String, String> producer;
    private Thread thread;

    @Inject
    public OutboxRelayRunner(DataSource dataSource, MessagingConfig config,
                             @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
                             String bootstrapServers,
                             @ConfigProperty(name = "quarkus.application.name", defaultValue = "tsa")
                             String applicationName) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled (tsa.messaging.relay.enabled=false)");
            return;
        }
        producer = new KafkaProducer<>(KafkaClientSettings.producer(bootstrapServers, applicationName + "-outbox-relay"),
                new StringSerializer(), new StringSerializer());
        OutboxRelay relay = new OutboxRelay(dataSource, producer, config.relay().batchSize());
        running = true;
        thread = Thread.ofPlatform().name("tsa-outbox-relay").daemon(true).unstarted(() -> loop(relay));
        thread.start();
        LOG.infof("Outbox relay started (Kafka %s, batch %d, interval %d ms)", bootstrapServers,
                config.relay().batchSize(), config.relay().interval().toMillis());
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        running = false;
        stopSignal.countDown();
        try {
            // a round in flight ends within this while the broker is there; while it is away the round waits in
            // flush() (records never expire, D-96) until closing the producer fails what is unsent — those rows
            // stay pending and the next start sends them
            if (!thread.join(Duration.ofSeconds(5))) {
                LOG.warn("Outbox relay still sending after 5 s (is the broker away?); closing its producer");
            }
            producer.close(Duration.ofSeconds(5));
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.close(Duration.ZERO);
        }
        thread = null;
        LOG.info("Outbox relay stopped");
    }

    private void loop(OutboxRelay relay) {
        Duration interval = config.relay().interval();
        MessagingHousekeeping housekeeping = new MessagingHousekeeping(dataSource, 5_000);
        long nextHousekeeping = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (running) {
            if (System.nanoTime() - nextHousekeeping >= 0) {
                housekeep(housekeeping);
                nextHousekeeping = System.nanoTime() + config.relay().housekeepingInterval().toNanos();
            }
            try {
                int published = relay.publishPending();
                int failures = relay.consecutiveFailures();
                if (failures > 0) {
                    pause(backoff(interval, failures));
                } else if (published < relay.batchSize()) {
                    pause(interval);
                }
            } catch (RuntimeException e) { // publishPending handles its own failures; this is a bug guard
                LOG.errorf(e, "Outbox relay round failed unexpectedly");
                pause(MAX_FAILURE_BACKOFF);
            }
        }
    }

    /** Deletes published outbox rows and old inbox rows past their retention; logs the backlog. */
    private void housekeep(MessagingHousekeeping housekeeping) {
        try {
            java.time.Instant now = java.time.Instant.now();
            int outbox = housekeeping.purgePublishedOutbox(now.minus(config.relay().publishedRetention()));
            int inbox = housekeeping.purgeInbox(now.minus(config.consumer().inboxRetention()));
            long pending = housekeeping.pendingOutbox();
            LOG.infof("Messaging housekeeping: %d published outbox rows and %d inbox rows past retention deleted; "
                    + "%d outbox rows pending", outbox, inbox, pending);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warnf("Messaging housekeeping failed (retried next round): %s", e.getMessage());
        }
    }

    static Duration backoff(Duration interval, int failures) {
        long base = Math.max(1, interval.toMillis());
        long millis = base << Math.min(failures, 20);
        return Duration.ofMillis(Math.min(millis, MAX_FAILURE_BACKOFF.toMillis()));
    }

    private void pause(Duration duration) {
        try {
            stopSignal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
