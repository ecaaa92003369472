package kz.gov.tsa.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Kafka side of the inbox (plain Java; {@link EventConsumerRunner} runs it in a service). Run it on
 * one thread of its own; {@link #stop()} may be called from any thread.
 *
 * <p>For each record, for each {@link EventHandler} of its topic that accepts its type, in a new
 * transaction: {@code if (inbox.firstDelivery(handler.name(), eventId)) handler.handle(event)} — the effect
 * and the inbox row commit together, a redelivered event is a no-op. Offsets are committed (synchronously)
 * after the records before them were processed.
 *
 * <p>A handler that throws: its transaction rolls back, the consumer seeks back to the record and retries it
 * after a backoff that doubles from {@code initialBackoff} up to {@code maxBackoff}; after
 * {@code maxAttempts} failed attempts the record is written to {@code dead_letter_event} (in its own
 * transaction) for each failing handler and the loop moves on. A record that is not a JSON envelope is
 * dead-lettered at once, under the consumer group's name. If even the dead-letter write fails the record
 * is retried: nothing is skipped silently. Logs carry ids, types and positions, never payloads.
 */
public final class InboxConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxConsumerLoop.class);

    /**
     * Retry and polling settings.
     *
     * @param maxAttempts    failed attempts of a record before it is dead-lettered (>= 1)
     * @param initialBackoff delay before the first retry
     * @param maxBackoff     upper bound of the doubling delay
     * @param pollTimeout    longest wait of one poll
     */
    public record Settings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration pollTimeout) {
        public Settings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1");
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
            Objects.requireNonNull(pollTimeout, "pollTimeout");
        }

        /** Delay before retry number {@code attempt} (1 = after the first failure). */
        Duration backoff(int attempt) {
            long initial = Math.max(1, initialBackoff.toMillis());
            long max = Math.max(initial, maxBackoff.toMillis());
            int shift = Math.min(attempt - 1, 30);
            return Duration.ofMillis(Math.min(max, initial << shift));
        }
    }

    private final Consumer<String, String> consumer;
    private final String groupId;
    private final List<EventHandler> handlers;
    private final Set<String> topics;
    private final ObjectMapper mapper;
    private final Inbox inbox;
    private final DeadLetterStore deadLetters;
    private final TransactionRunner transactions;
    private final Settings settings;

    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private final Map<TopicPartition, Retry> retries = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);

    /**
     * @param consumer     a consumer made with {@link KafkaClientSettings#consumer}; the loop subscribes it,
     *                     uses it on its own thread only, and closes it when it ends
     * @param groupId      the consumer group (names the dead letters of records no handler could read)
     * @param handlers     at least one; their names must be distinct
     * @param mapper       reads the envelopes
     * @param inbox        the inbox; its data source must join the transactions of {@code transactions}
     * @param dataSource   the same data source, for the dead-letter table
     * @param transactions starts a new transaction per handler call and per dead letter
     * @param settings     retry and polling settings
     */
    public InboxConsumerLoop(Consumer<String, String> consumer, String groupId, List<EventHandler> handlers,
                             ObjectMapper mapper, Inbox inbox, DataSource dataSource, TransactionRunner transactions,
                             Settings settings) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.handlers = List.copyOf(handlers);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.deadLetters = new DeadLetterStore(Objects.requireNonNull(dataSource, "dataSource"));
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (this.handlers.isEmpty()) {
            throw new IllegalArgumentException("no event handlers");
        }
        Set<String> names = new HashSet<>();
        Set<String> allTopics = new TreeSet<>();
        for (EventHandler handler : this.handlers) {
            if (handler.name() == null || handler.name().isBlank() || !names.add(handler.name())) {
                throw new IllegalArgumentException("event handler names must be non-blank and distinct: "
                        + handler.name());
            }
            allTopics.addAll(handler.topics());
        }
        if (allTopics.isEmpty()) {
            throw new IllegalArgumentException("the event handlers name no topic");
        }
        this.topics = Set.copyOf(allTopics);
    }

    /** The union of the handlers' topics. */
    public Set<String> topics() {
        return topics;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(topics, new Rebalance());
            LOG.infof("Consumer %s reading %s for %s", groupId, new TreeSet<>(topics),
                    handlers.stream().map(EventHandler::name).toList());
            while (running.get()) {
                try {
                    Duration pause = process(consumer.poll(settings.pollTimeout()));
                    if (pause.isPositive()) {
                        sleep(pause);
                    }
                } catch (WakeupException e) {
                    if (running.get()) {
                        LOG.debug("unexpected wakeup; going on");
                    }
                } catch (KafkaException e) {
                    LOG.warnf("Consumer %s: Kafka error (%s: %s); polling again in a second", groupId,
                            e.getClass().getSimpleName(), e.getMessage());
                    sleep(Duration.ofSeconds(1));
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Consumer %s stopped on an unexpected error", groupId);
        } finally {
            try {
                commitPending();
            } catch (RuntimeException e) {
                LOG.debugf("final commit failed: %s", e.getMessage());
            }
            try {
                consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
            } catch (RuntimeException e) {
                LOG.debugf("consumer close failed: %s", e.getMessage());
            }
            LOG.infof("Consumer %s stopped", groupId);
            finished.countDown();
        }
    }

    /** Asks the loop to stop: it finishes the record at hand, commits, and closes the consumer. */
    public void stop() {
        if (running.compareAndSet(true, false)) {
            stopSignal.countDown();
            consumer.wakeup();
        }
    }

    /** Waits until {@link #run()} has returned; true if it did within the timeout. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Processes one poll's records; returns how long to wait before polling again (zero: at once). */
    private Duration process(ConsumerRecords<String, String> records) {
        Duration pause = Duration.ZERO;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (!running.get()) {
                    break;
                }
                Optional<Duration> retryIn = process(partition, record);
                if (retryIn.isPresent()) {
                    consumer.seek(partition, record.offset()); // this record again, after the backoff
                    pause = retryIn.get().compareTo(pause) > 0 ? retryIn.get() : pause;
                    break;
                }
                pending.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commitPending();
        return pause;
    }

    /** Returns empty when the record is done with, else the delay before trying it again. */
    private Optional<Duration> process(TopicPartition partition, ConsumerRecord<String, String> record) {
        InboundEvent event;
        try {
            event = InboundEvent.parse(mapper, record);
        } catch (RuntimeException e) {
            LOG.errorf("Consumer %s: record %s is not an event envelope (%s); dead-lettering it",
                    groupId, position(record), e.getMessage());
            return deadLetter(List.of(new Failure(groupId, e)), record, null)
                    ? done(partition) : Optional.of(settings.maxBackoff());
        }
        List<Failure> failures = new ArrayList<>();
        for (EventHandler handler : handlers) {
            try {
                if (!handler.topics().contains(record.topic()) || !handler.accepts(event.type())) {
                    continue;
                }
                transactions.inNewTransaction(() -> {
                    if (inbox.firstDelivery(handler.name(), event.eventId())) {
                        handler.handle(event);
                    } else {
                        LOG.debugf("%s already had event %s; skipped", handler.name(), event.eventId());
                    }
                });
            } catch (RuntimeException e) {
                failures.add(new Failure(handler.name(), e));
            }
        }
        if (failures.isEmpty()) {
            return done(partition);
        }
        Retry previous = retries.get(partition);
        int attempt = (previous != null && previous.offset() == record.offset() ? previous.attempts() : 0) + 1;
        retries.put(partition, new Retry(record.offset(), attempt));
        if (attempt >= settings.maxAttempts()) {
            for (Failure failure : failures) {
                LOG.errorf("%s failed %d times on event %s (%s) at %s: %s; dead-lettering it", failure.consumer(),
                        attempt, event.eventId(), event.type(), position(record), summary(failure.error()));
            }
            return deadLetter(failures, record, event) ? done(partition) : Optional.of(settings.maxBackoff());
        }
        Duration delay = settings.backoff(attempt);
        for (Failure failure : failures) {
            LOG.warnf("%s failed on event %s (%s) at %s, attempt %d of %d: %s; retrying in %d ms",
                    failure.consumer(), event.eventId(), event.type(), position(record), attempt,
                    settings.maxAttempts(), summary(failure.error()), delay.toMillis());
            LOG.debugf(failure.error(), "failure of %s on event %s", failure.consumer(), event.eventId());
        }
        return Optional.of(delay);
    }

    private Optional<Duration> done(TopicPartition partition) {
        retries.remove(partition);
        return Optional.empty();
    }

    /** Writes one dead letter per failure, each in its own transaction; false if any write failed. */
    private boolean deadLetter(List<Failure> failures, ConsumerRecord<String, String> record, InboundEvent event) {
        UUID eventId = event == null ? null : event.eventId();
        String type = event == null ? null : event.type();
        boolean all = true;
        for (Failure failure : failures) {
            try {
                transactions.inNewTransaction(() ->
                        deadLetters.record(failure.consumer(), record, eventId, type, failure.error()));
            } catch (RuntimeException e) {
                all = false;
                LOG.errorf("Consumer %s could not dead-letter %s (%s); it will be tried again",
                        groupId, position(record), summary(e));
            }
        }
        return all;
    }

    private void commitPending() {
        if (pending.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(pending);
        try {
            consumer.commitSync(offsets);
            pending.keySet().removeAll(offsets.keySet());
        } catch (WakeupException e) {
            throw e; // keep them pending: the final commit tries again
        } catch (KafkaException e) {
            pending.clear(); // the records come again (e.g. after a rebalance) and the inbox absorbs them
            LOG.warnf("Consumer %s could not commit offsets (%s); those records will be redelivered",
                    groupId, summary(e));
        }
    }

    private void sleep(Duration pause) {
        try {
            if (stopSignal.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.debug("stopping during a pause");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String summary(Throwable error) {
        return error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commitPending();
            partitions.forEach(retries::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.debugf("Consumer %s assigned %s", groupId, partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(p -> {
                pending.remove(p);
                retries.remove(p);
            });
        }
    }

    private record Failure(String consumer, Throwable error) {
    }

    private record Retry(long offset, int attempts) {
    }
}
