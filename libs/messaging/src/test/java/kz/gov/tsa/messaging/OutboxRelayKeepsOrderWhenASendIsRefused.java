package kz.gov.tsa.messaging;

import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-96: the order per key must hold for the first delivery of every event, across failed rounds. A record the
 * producer refuses at {@code send()} (no metadata within {@code max.block.ms} while the broker is away) ends the
 * round: nothing after it is sent, so a later event of the same key — an application's decision after its
 * receipt — can never reach Kafka before the refused one's resend. And the producer never expires a record,
 * which would fail one batch while the later batches of its partition are delivered.
 */
class OutboxRelayKeepsOrderWhenASendIsRefused {

    private static final String TOPIC = "tsa.test.refused-send";
    private static TestSupport infra;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("relay-refused-send", false);
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void nothingAfterARefusedRecordIsSentAndTheNextRoundSendsAllInIdOrder() throws Exception {
        var tx = new JdbcTransactions(infra.dataSource());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        List<EventEnvelope<ApplicationReceived>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(TestSupport.applicationReceived("family-1")); // one key: its order is what matters
        }
        tx.inNewTransaction(() -> events.forEach(e -> outbox.append(e, TOPIC, e.familyId())));

        // the broker is away when the third record is sent: the producer fails it at once
        var firstProducer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        AtomicInteger sends = new AtomicInteger();
        var relay = new OutboxRelay(infra.dataSource(), refusingThird(firstProducer, sends), 100);
        assertThat(relay.publishPending()).as("the round failed").isZero();
        assertThat(relay.consecutiveFailures()).isEqualTo(1);
        assertThat(sends).as("nothing sent after the refused record").hasValue(3);
        assertThat(eventIds(firstProducer.history())).as("only the records before it reached the producer")
                .containsExactly(id(events.get(0)), id(events.get(1)));
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .as("all five still pending").isEqualTo(5);

        // the broker is back: the next round sends all five in id order and marks them
        var secondProducer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        var next = new OutboxRelay(infra.dataSource(), secondProducer, 100);
        assertThat(next.publishPending()).isEqualTo(5);
        assertThat(eventIds(secondProducer.history()))
                .containsExactly(events.stream().map(OutboxRelayKeepsOrderWhenASendIsRefused::id).toArray(String[]::new));
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
    }

    @Test
    void theRelaysProducerNeverExpiresARecord() {
        var settings = KafkaClientSettings.producer("localhost:9092", "test");
        assertThat(settings.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG))
                .as("an expiring batch would be failed while the later batches of its partition are delivered")
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(settings.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)).isEqualTo(true);
        assertThat(settings.get(ProducerConfig.RETRIES_CONFIG)).isEqualTo(Integer.MAX_VALUE);
        assertThat((Integer) settings.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION)).isLessThanOrEqualTo(5);
    }

    /** The producer, except that its third {@code send} returns a future already failed, as Kafka's does. */
    @SuppressWarnings("unchecked")
    private static Producer<String, String> refusingThird(Producer<String, String> real, AtomicInteger sends) {
        return (Producer<String, String>) Proxy.newProxyInstance(
                OutboxRelayKeepsOrderWhenASendIsRefused.class.getClassLoader(), new Class<?>[]{Producer.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("send") && sends.incrementAndGet() == 3) {
                        return CompletableFuture.<RecordMetadata>failedFuture(
                                new TimeoutException("Topic " + TOPIC + " not present in metadata after 10000 ms."));
                    }
                    return JdbcTransactions.invoke(real, method, args);
                });
    }

    private static List<String> eventIds(List<ProducerRecord<String, String>> records) {
        return records.stream()
                .map(r -> new String(r.headers().lastHeader(OutboxRelay.HEADER_EVENT_ID).value(), StandardCharsets.UTF_8))
                .toList();
    }

    private static String id(EventEnvelope<?> e) {
        return e.eventId().toString();
    }
}
