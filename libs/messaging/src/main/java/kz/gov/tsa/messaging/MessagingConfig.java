package kz.gov.tsa.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Configuration of the messaging library, prefix {@code tsa.messaging}.
 *
 * <pre>
 * tsa.messaging.relay.enabled=true            # run the outbox relay thread
 * tsa.messaging.relay.interval=200ms          # sleep between rounds when the outbox is idle
 * tsa.messaging.relay.batch-size=500          # rows per relay round
 * tsa.messaging.consumer.enabled=true         # run the consumer thread when EventHandler beans exist
 * tsa.messaging.consumer.group-id=...         # Kafka consumer group; required when handlers exist
 * tsa.messaging.consumer.max-attempts=10      # handler failures before a record is dead-lettered
 * tsa.messaging.consumer.initial-backoff=200ms
 * tsa.messaging.consumer.max-backoff=5s
 * </pre>
 *
 * The Kafka address is the usual {@code kafka.bootstrap.servers} (default {@code localhost:9092}).
 */
@ConfigMapping(prefix = "tsa.messaging")
public interface MessagingConfig {

    /** The outbox relay. */
    Relay relay();

    /** The inbox consumer. */
    Consuming consumer();

    /** Settings of the outbox relay. */
    interface Relay {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("200ms")
        Duration interval();

        @WithDefault("500")
        int batchSize();

        /** How long published outbox rows are kept before housekeeping deletes them. */
        @WithDefault("7d")
        Duration publishedRetention();

        /** How often housekeeping runs (outbox and inbox retention, backlog in the log). */
        @WithDefault("1h")
        Duration housekeepingInterval();
    }

    /** Settings of the inbox consumer. */
    interface Consuming {
        @WithDefault("true")
        boolean enabled();

        Optional<String> groupId();

        @WithDefault("10")
        int maxAttempts();

        /**
         * How long inbox rows (the ids of applied events) are kept. Must exceed the topics' retention, so
         * that an event is never redelivered after its id was forgotten.
         */
        @WithDefault("30d")
        Duration inboxRetention();

        /** Delay before the first retry of a failed record; doubles on each further failure. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** Upper bound of the retry delay. */
        @WithDefault("5s")
        Duration maxBackoff();
    }
}
