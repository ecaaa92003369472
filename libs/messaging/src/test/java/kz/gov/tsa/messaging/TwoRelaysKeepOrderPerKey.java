package kz.gov.tsa.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two relays (two service instances: two producers, two connections) run at once over one outbox while
 * four writers append 2,000 events for 20 keys, each in its own transaction. A reader of the topic sees
 * every event exactly once and, for every key, the events in id (insertion) order.
 */
class TwoRelaysKeepOrderPerKey {

    private static final String TOPIC = "tsa.test.order-per-key";
    private static final int KEYS = 20;
    private static final int WRITERS = 4;
    private static final int EVENTS_PER_WRITER = 500;
    private static TestSupport infra;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("relay-order", true);
        infra.kafka.createTopics(List.of(TOPIC), 3);
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void everyKeyKeepsItsOrderAndEveryEventArrivesOnce() throws Exception {
        var tx = new JdbcTransactions(infra.pooled());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                        String key = "family-" + ThreadLocalRandom.current().nextInt(KEYS);
                        var event = TestSupport.applicationReceived(key);
                        tx.inNewTransaction(() -> outbox.append(event, TOPIC, key));
                    }
                    return null;
                }));
            }
            int[] published = new int[2];
            List<Future<?>> relays = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int index = r;
                relays.add(pool.submit(() -> {
                    try (var producer = infra.producer("relay-" + index)) {
                        var relay = new OutboxRelay(infra.pooled(), producer, 37);
                        while (true) {
                            boolean lastRound = !writing.get();
                            int sent = relay.publishPending();
                            published[index] += sent;
                            if (relay.consecutiveFailures() > 0) {
                                errors.add(new AssertionError("relay " + index + " failed a round"));
                            }
                            if (lastRound && sent == 0 && pending() == 0) {
                                return null;
                            }
                            if (sent == 0) {
                                Thread.sleep(5);
                            }
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            for (Future<?> relay : relays) {
                relay.get(60, TimeUnit.SECONDS);
            }
            assertThat(errors).isEmpty();
            assertThat(published[0] + published[1]).isEqualTo(WRITERS * EVENTS_PER_WRITER);
            assertThat(published[0]).as("relay 0 took turns").isPositive();
            assertThat(published[1]).as("relay 1 took turns").isPositive();
        } finally {
            pool.shutdownNow();
        }

        Map<String, List<String>> expected = idOrderPerKey();
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isEqualTo(WRITERS * EVENTS_PER_WRITER);

        List<ConsumerRecord<String, String>> records = infra.readAll(TOPIC);
        Map<String, List<String>> seen = new LinkedHashMap<>();
        Set<String> distinct = new HashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            String eventId = TestSupport.header(record, OutboxRelay.HEADER_EVENT_ID);
            distinct.add(eventId);
            seen.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(eventId);
        }
        assertThat(records).as("every event exactly once").hasSize(WRITERS * EVENTS_PER_WRITER);
        assertThat(distinct).hasSize(WRITERS * EVENTS_PER_WRITER);
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var entry : expected.entrySet()) {
            assertThat(seen.get(entry.getKey())).as("order of key %s", entry.getKey())
                    .containsExactlyElementsOf(entry.getValue());
        }
    }

    /**
     * Ids are taken at insert time but become visible at commit: without care, a transaction that took id
     * n+1 for a key could commit (and be relayed) before the one holding id n. The outbox serialises the
     * transactions of one key, so for each key id order is commit order; other keys are not held up.
     */
    @Test
    void aSecondTransactionOfTheSameKeyWaitsForTheFirstToCommit() throws Exception {
        String topic = "tsa.test.same-key-transactions";
        infra.kafka.createTopics(List.of(topic), 1);
        var tx = new JdbcTransactions(infra.pooled());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        var first = TestSupport.applicationReceived("family-k");
        var second = TestSupport.applicationReceived("family-k");
        var otherKey = TestSupport.applicationReceived("family-other");
        var firstAppended = new CountDownLatch(1);
        var releaseFirst = new CountDownLatch(1);

        Thread firstTx = Thread.ofPlatform().start(() -> tx.inNewTransaction(() -> {
            outbox.append(first, topic, first.familyId());
            firstAppended.countDown();
            await(releaseFirst);
        }));
        assertThat(firstAppended.await(10, TimeUnit.SECONDS)).isTrue();
        Thread secondTx = Thread.ofPlatform().start(() ->
                tx.inNewTransaction(() -> outbox.append(second, topic, second.familyId())));
        tx.inNewTransaction(() -> outbox.append(otherKey, topic, otherKey.familyId())); // not held up
        secondTx.join(500);
        assertThat(secondTx.isAlive()).as("the second transaction of family-k waits for the first").isTrue();

        try (var producer = infra.producer("same-key-relay")) {
            var relay = new OutboxRelay(infra.pooled(), producer, 100);
            assertThat(relay.publishPending()).as("only the other key's event is committed yet").isEqualTo(1);
            releaseFirst.countDown();
            firstTx.join(10_000);
            secondTx.join(10_000);
            assertThat(relay.publishPending()).isEqualTo(2);
        }
        List<String> familyK = infra.readAll(topic).stream().filter(r -> r.key().equals("family-k"))
                .map(r -> TestSupport.header(r, OutboxRelay.HEADER_EVENT_ID)).toList();
        assertThat(familyK).containsExactly(first.eventId().toString(), second.eventId().toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long pending() {
        return infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
    }

    private static Map<String, List<String>> idOrderPerKey() throws Exception {
        Map<String, List<String>> perKey = new LinkedHashMap<>();
        try (Connection c = infra.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT msg_key, event_id FROM outbox_event WHERE topic = '" + TOPIC + "' ORDER BY id")) {
            while (rs.next()) {
                perKey.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return perKey;
    }
}
