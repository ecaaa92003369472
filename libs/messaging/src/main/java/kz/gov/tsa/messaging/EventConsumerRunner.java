package kz.gov.tsa.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Delivers Kafka events to the service's {@link EventHandler} beans through the {@link Inbox}: when at
 * least one handler bean exists and {@code tsa.messaging.consumer.enabled} is true, it starts at
 * {@link StartupEvent} one {@link InboxConsumerLoop} on a thread of its own, in consumer group
 * {@code tsa.messaging.consumer.group-id} (required then), each handler call in a new JTA transaction
 * ({@code QuarkusTransaction.requiringNew()}). Stops at {@link ShutdownEvent}.
 */
@ApplicationScoped
public class EventConsumerRunner {

    private static final Logger LOG = Logger.getLogger(EventConsumerRunner.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);

    private final Instance<EventHandler> handlers;
    private final Inbox inbox;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final MessagingConfig config;
    private final String bootstrapServers;
    private final String applicationName;

    private InboxConsumerLoop loop;
    private Thread thread;

    @Inject
    public EventConsumerRunner(@Any Instance<EventHandler> handlers, Inbox inbox, DataSource dataSource,
                               ObjectMapper mapper, MessagingConfig config,
                               @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
                               String bootstrapServers,
                               @ConfigProperty(name = "quarkus.application.name", defaultValue = "tsa")
                               String applicationName) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.applicationName = applicationName;
    }

    void start(@Observes StartupEvent event) {
        List<EventHandler> found = handlers.stream().toList();
        if (found.isEmpty()) {
            LOG.debug("No EventHandler beans: no Kafka consumer started");
            return;
        }
        if (!config.consumer().enabled()) {
            LOG.infof("Kafka consumer disabled (tsa.messaging.consumer.enabled=false); %d handler(s) idle", found.size());
            return;
        }
        String groupId = config.consumer().groupId().filter(g -> !g.isBlank()).orElseThrow(() ->
                new IllegalStateException("tsa.messaging.consumer.group-id must be set: this service has "
                        + "EventHandler beans " + found.stream().map(EventHandler::name).toList()));
        var consumer = new KafkaConsumer<>(
                KafkaClientSettings.consumer(bootstrapServers, groupId, applicationName + "-inbox"),
                new StringDeserializer(), new StringDeserializer());
        var settings = new InboxConsumerLoop.Settings(config.consumer().maxAttempts(),
                config.consumer().initialBackoff(), config.consumer().maxBackoff(), POLL_TIMEOUT);
        TransactionRunner transactions = work -> QuarkusTransaction.requiringNew().run(work);
        loop = new InboxConsumerLoop(consumer, groupId, found, mapper, inbox, dataSource, transactions, settings);
        thread = Thread.ofPlatform().name("tsa-event-consumer").daemon(true).unstarted(loop);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop == null) {
            return;
        }
        loop.stop();
        try {
            if (!loop.awaitStopped(Duration.ofSeconds(15))) {
                LOG.warn("The Kafka consumer did not stop within 15 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loop = null;
        thread = null;
    }
}
