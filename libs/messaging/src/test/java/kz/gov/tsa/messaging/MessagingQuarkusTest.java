package kz.gov.tsa.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.postgres.PostgresTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The library inside a real Quarkus application (Flyway, Agroal + Narayana, real PostgreSQL, real Kafka):
 * the outbox joins the caller's JTA transaction, the relay publishes what commits, the consumer runner
 * delivers it once through the inbox to an {@link EventHandler} bean.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class)
@QuarkusTestResource(value = KafkaTestResource.class)
class MessagingQuarkusTest {

    @Inject
    Outbox outbox;

    @Inject
    Inbox inbox;

    @Inject
    DataSource dataSource;

    @Test
    void appendingOutsideATransactionFailsLoudly() throws Exception {
        var event = TestSupport.applicationReceived("family-no-tx");
        assertThatThrownBy(() -> outbox.append(event)).isInstanceOf(TransactionalException.class);
        assertThatThrownBy(() -> outbox.append(event, Topics.EMPLOYMENT, "person-hash"))
                .isInstanceOf(TransactionalException.class);
        assertThatThrownBy(() -> inbox.firstDelivery("anyone", event.eventId()))
                .isInstanceOf(TransactionalException.class);
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE event_id = ?", event.eventId())).isZero();
    }

    @Test
    void onlyACommittedAppendIsPublishedAndTheHandlerGetsItOnce() throws Exception {
        EventEnvelope<ApplicationReceived> rolledBack = TestSupport.applicationReceived("family-q");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(rolledBack);
            throw new IllegalStateException("a business rule refused the change after the append");
        })).hasMessageContaining("business rule refused");
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE event_id = ?", rolledBack.eventId()))
                .as("the rolled-back append left no row").isZero();

        EventEnvelope<ApplicationReceived> committed = TestSupport.applicationReceived("family-q");
        QuarkusTransaction.requiringNew().run(() -> outbox.append(committed));

        TestSupport.await("the handler got the committed event", Duration.ofSeconds(30),
                () -> RecordingEventHandler.deliveries(committed.eventId()) == 1);
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE event_id = ? AND published_at IS NOT NULL",
                committed.eventId())).as("marked published").isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM inbox_event WHERE consumer = ? AND event_id = ?",
                RecordingEventHandler.NAME, committed.eventId())).isEqualTo(1);

        List<ConsumerRecord<String, String>> onTopic =
                TestSupport.readAll(KafkaTestResource.bootstrapServers(), Topics.ELIGIBILITY);
        assertThat(onTopic).filteredOn(r -> r.value().contains(committed.eventId().toString())).hasSize(1)
                .allSatisfy(r -> assertThat(r.key()).isEqualTo("family-q"));
        assertThat(onTopic).noneMatch(r -> r.value().contains(rolledBack.eventId().toString()));
        assertThat(RecordingEventHandler.deliveries(rolledBack.eventId())).isZero();

        // the same record delivered again (as after a relay crash), then a later event of the same family
        ConsumerRecord<String, String> original = onTopic.stream()
                .filter(r -> r.value().contains(committed.eventId().toString())).findFirst().orElseThrow();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                "bootstrap.servers", KafkaTestResource.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ELIGIBILITY, original.key(), original.value())).get();
        }
        EventEnvelope<ApplicationReceived> later = TestSupport.applicationReceived("family-q");
        QuarkusTransaction.requiringNew().run(() -> outbox.append(later));
        TestSupport.await("the later event handled", Duration.ofSeconds(30),
                () -> RecordingEventHandler.deliveries(later.eventId()) == 1);
        assertThat(RecordingEventHandler.deliveries(committed.eventId())).as("the duplicate was absorbed").isEqualTo(1);
        assertThat(RecordingEventHandler.OUTSIDE_TRANSACTION).hasValue(0);
        assertThat(rows("SELECT count(*) FROM dead_letter_event")).isZero();
    }

    @Test
    void appendEventWrapsThePayloadInAnEnvelopeForItsTopicOrTheGivenOne() throws Exception {
        var payload = TestSupport.applicationReceived("family-wrap").payload();
        var correlation = java.util.UUID.randomUUID();
        var own = QuarkusTransaction.requiringNew().call(() -> outbox.appendEvent(payload, "family-wrap", correlation,
                payload.receivedAt(), List.of("ELIG-01")));
        assertThat(own.type()).isEqualTo("ApplicationReceived");
        assertThat(own.familyId()).isEqualTo("family-wrap");
        assertThat(own.correlationId()).isEqualTo(correlation);
        assertThat(own.causationId()).isNull();
        assertThat(own.ruleIds()).containsExactly("ELIG-01");
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE event_id = ? AND topic = ? AND msg_key = ?",
                own.eventId(), Topics.ELIGIBILITY, "family-wrap")).isEqualTo(1);

        var keyed = QuarkusTransaction.requiringNew().call(() -> outbox.appendEvent(payload, "family-wrap",
                correlation, payload.receivedAt(), List.of(), Topics.EMPLOYMENT, "person-key"));
        assertThat(rows("SELECT count(*) FROM outbox_event WHERE event_id = ? AND topic = ? AND msg_key = ?",
                keyed.eventId(), Topics.EMPLOYMENT, "person-key")).isEqualTo(1);
        assertThatThrownBy(() -> outbox.appendEvent(payload, "family-wrap", correlation, payload.receivedAt(),
                List.of())).isInstanceOf(TransactionalException.class);
    }

    private long rows(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
