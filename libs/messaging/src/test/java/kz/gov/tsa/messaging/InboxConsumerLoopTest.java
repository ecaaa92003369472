package kz.gov.tsa.messaging;

import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link InboxConsumerLoop} against a real broker and a real database: retries, dead letters, duplicates,
 * offsets committed after the effect.
 */
class InboxConsumerLoopTest {

    private static final int MAX_ATTEMPTS = 3;
    private static TestSupport infra;
    private static JdbcTransactions tx;
    private static KafkaProducer<String, String> producer;

    private String topic;
    private String group;
    private InboxConsumerLoop loop;
    private Thread thread;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("consumer-loop", true);
        infra.execute("CREATE TABLE effect (consumer text NOT NULL, event_id uuid NOT NULL)");
        tx = new JdbcTransactions(infra.dataSource());
        producer = infra.producer("test-producer");
    }

    @AfterAll
    static void stop() {
        if (producer != null) {
            producer.close();
        }
        if (infra != null) {
            infra.close();
        }
    }

    @AfterEach
    void stopLoop() throws Exception {
        if (loop != null) {
            loop.stop();
            assertThat(loop.awaitStopped(Duration.ofSeconds(10))).as("the loop stops on request").isTrue();
            thread.join();
        }
    }

    @Test
    void aHandlerThatFailsTwiceThenSucceedsAppliesTheEffectOnce(TestInfo info) throws Exception {
        var flaky = new TestHandler("flaky", "Flaky", 2);
        startLoop(info, flaky);
        var event = TestSupport.envelope("Flaky", "family-1", Map.of("n", 1));
        send(event);

        awaitCommitted(1);
        assertThat(flaky.calls).as("two failures, one success").hasValue(3);
        assertThat(effects("flaky")).as("the failed attempts rolled back their effect").isEqualTo(1);
        assertThat(infra.count("SELECT count(*) FROM inbox_event WHERE consumer = 'flaky' AND event_id = ?",
                event.eventId())).isEqualTo(1);
        assertThat(deadLetters()).isZero();
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsHandled(TestInfo info) throws Exception {
        var recorder = new TestHandler("recorder", "ApplicationReceived", 0);
        startLoop(info, recorder);
        producer.send(new ProducerRecord<>(topic, "family-2", "this is not JSON")).get();
        producer.send(new ProducerRecord<>(topic, "family-2", "{\"eventId\":\"not-a-uuid\",\"payload\":{}}")).get();
        EventEnvelope<ApplicationReceived> good = TestSupport.applicationReceived("family-2");
        send(good);

        awaitCommitted(3);
        assertThat(recorder.calls).hasValue(1);
        assertThat(effects("recorder")).isEqualTo(1);
        assertThat(deadLetters()).isEqualTo(2);
        assertThat(infra.count("SELECT count(*) FROM dead_letter_event WHERE consumer = ? AND topic = ? AND kafka_offset = 0"
                + " AND raw_value = 'this is not JSON' AND event_id IS NULL AND msg_key = 'family-2'"
                + " AND error LIKE '%not JSON%'", group, topic)).isEqualTo(1);
        // the handler got the envelope's fields and the record's position
        InboundEvent seen = recorder.last.get();
        assertThat(seen.eventId()).isEqualTo(good.eventId());
        assertThat(seen.type()).isEqualTo("ApplicationReceived");
        assertThat(seen.version()).isEqualTo(1);
        assertThat(seen.occurredAt()).isEqualTo(good.occurredAt());
        assertThat(seen.familyId()).isEqualTo("family-2");
        assertThat(seen.correlationId()).isEqualTo(good.correlationId());
        assertThat(seen.causationId()).isNull();
        assertThat(seen.ruleIds()).containsExactly("ELIG-01", "ELIG-10");
        assertThat(seen.topic()).isEqualTo(topic);
        assertThat(seen.offset()).isEqualTo(2);
        assertThat(seen.payloadAs(ApplicationReceived.class)).isEqualTo(good.payload());
    }

    @Test
    void aDuplicateDeliveryReachesTheHandlerOnce(TestInfo info) throws Exception {
        var recorder = new TestHandler("recorder", "ApplicationReceived", 0);
        var other = new TestHandler("other-consumer", "ApplicationReceived", 0);
        startLoop(info, recorder, other);
        var event = TestSupport.applicationReceived("family-3");
        send(event);
        send(event);

        awaitCommitted(2);
        assertThat(recorder.calls).hasValue(1);
        assertThat(other.calls).as("each handler has its own inbox").hasValue(1);
        assertThat(effects("recorder")).isEqualTo(1);
        assertThat(effects("other-consumer")).isEqualTo(1);
    }

    @Test
    void aRecordThatKeepsFailingIsDeadLetteredAfterMaxAttemptsAndTheLoopGoesOn(TestInfo info) throws Exception {
        var broken = new TestHandler("broken", "Broken", Integer.MAX_VALUE);
        var recorder = new TestHandler("recorder", "ApplicationReceived", 0);
        startLoop(info, broken, recorder);
        var bad = TestSupport.envelope("Broken", "family-4", Map.of("n", 4));
        send(bad);
        send(TestSupport.applicationReceived("family-4"));

        awaitCommitted(2);
        assertThat(broken.calls).hasValue(MAX_ATTEMPTS);
        assertThat(effects("broken")).isZero();
        assertThat(recorder.calls).hasValue(1);
        assertThat(infra.count("SELECT count(*) FROM dead_letter_event WHERE consumer = 'broken' AND event_id = ?"
                + " AND event_type = 'Broken' AND kafka_offset = 0 AND error LIKE '%handler broken failed%'"
                + " AND raw_value LIKE '%family-4%'", bad.eventId())).isEqualTo(1);
        assertThat(infra.count("SELECT count(*) FROM inbox_event WHERE consumer = 'broken'"))
                .as("its inbox row rolled back with it").isZero();
    }

    private void startLoop(TestInfo info, EventHandler... handlers) {
        String name = info.getTestMethod().orElseThrow().getName();
        topic = "tsa.test." + name;
        group = "group-" + name;
        infra.kafka.createTopics(List.of(topic), 1);
        infra.execute("DELETE FROM effect");
        for (EventHandler handler : handlers) {
            ((TestHandler) handler).topic = topic;
        }
        loop = new InboxConsumerLoop(infra.inboxConsumer(group), group, List.of(handlers), TestSupport.MAPPER,
                new Inbox(tx.joined()), tx.joined(), tx,
                new InboxConsumerLoop.Settings(MAX_ATTEMPTS, Duration.ofMillis(20), Duration.ofMillis(80),
                        Duration.ofMillis(100)));
        thread = Thread.ofPlatform().name("loop-" + name).start(loop);
    }

    private void send(EventEnvelope<?> event) throws Exception {
        producer.send(new ProducerRecord<>(topic, event.familyId(), TestSupport.json(event))).get();
    }

    private void awaitCommitted(long offset) throws InterruptedException {
        TestSupport.await("offset " + offset + " committed on " + topic, Duration.ofSeconds(30),
                () -> infra.committed(group, topic) >= offset);
        assertThat(infra.committed(group, topic)).isEqualTo(offset);
    }

    private long effects(String consumer) {
        return infra.count("SELECT count(*) FROM effect WHERE consumer = ?", consumer);
    }

    private long deadLetters() {
        return infra.count("SELECT count(*) FROM dead_letter_event WHERE topic = ?", topic);
    }

    /** Records an effect row in the handler's transaction; throws on its first {@code failures} calls. */
    private static final class TestHandler implements EventHandler {
        private final String name;
        private final String type;
        private final int failures;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicReference<InboundEvent> last = new AtomicReference<>();
        volatile String topic;

        TestHandler(String name, String type, int failures) {
            this.name = name;
            this.type = type;
            this.failures = failures;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Set<String> topics() {
            return Set.of(topic);
        }

        @Override
        public boolean accepts(String eventType) {
            return type.equals(eventType);
        }

        @Override
        public void handle(InboundEvent event) {
            int call = calls.incrementAndGet();
            last.set(event);
            try (Connection c = tx.joined().getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO effect VALUES (?, ?)")) {
                insert.setString(1, name);
                insert.setObject(2, event.eventId());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (call <= failures) {
                throw new IllegalStateException("handler " + name + " failed on purpose (call " + call + ")");
            }
        }
    }
}
