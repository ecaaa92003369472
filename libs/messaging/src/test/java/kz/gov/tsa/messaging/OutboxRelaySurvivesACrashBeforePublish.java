package kz.gov.tsa.messaging;

import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events committed to the outbox while no relay runs (the process "died" before publishing) are all
 * published, exactly once, by the relay of the next process; a rolled-back append leaves nothing.
 */
class OutboxRelaySurvivesACrashBeforePublish {

    private static TestSupport infra;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("relay-crash-before", true);
        infra.kafka.createTopics(List.of(Topics.ELIGIBILITY));
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void aNewRelayPublishesEveryCommittedEventOnceAndMarksIt() throws Exception {
        // --- the first process: commits state changes with their events, then dies before any relay ran
        var tx = new JdbcTransactions(infra.dataSource());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        List<EventEnvelope<ApplicationReceived>> committed = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            List<EventEnvelope<ApplicationReceived>> inThisTx = List.of(
                    TestSupport.applicationReceived("family-" + (t % 4)),
                    TestSupport.applicationReceived("family-" + (t % 4)),
                    TestSupport.applicationReceived("family-" + ((t + 1) % 4)));
            tx.inNewTransaction(() -> inThisTx.forEach(outbox::append));
            committed.addAll(inThisTx);
        }
        var rolledBack = TestSupport.applicationReceived("family-0");
        tx.inRolledBackTransaction(() -> outbox.append(rolledBack));
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isEqualTo(30);
        assertThat(infra.readAll(Topics.ELIGIBILITY)).isEmpty();

        // --- the next process: a new relay (batch 8, so several rounds)
        int published = 0;
        try (var producer = infra.producer("relay-after-restart")) {
            var relay = new OutboxRelay(infra.dataSource(), producer, 8);
            int round;
            while ((round = relay.publishPending()) > 0) {
                assertThat(round).isLessThanOrEqualTo(8);
                published += round;
            }
            assertThat(relay.consecutiveFailures()).isZero();
            assertThat(published).isEqualTo(30);

            List<ConsumerRecord<String, String>> records = infra.readAll(Topics.ELIGIBILITY);
            assertThat(records).hasSize(30);
            Map<String, EventEnvelope<ApplicationReceived>> byId = committed.stream()
                    .collect(Collectors.toMap(e -> e.eventId().toString(), Function.identity()));
            for (ConsumerRecord<String, String> record : records) {
                var event = InboundEvent.parse(TestSupport.MAPPER, record);
                var original = byId.remove(event.eventId().toString());
                assertThat(original).as("an event committed once, seen once").isNotNull();
                assertThat(record.key()).isEqualTo(original.familyId());
                assertThat(TestSupport.header(record, OutboxRelay.HEADER_EVENT_ID)).isEqualTo(original.eventId().toString());
                assertThat(TestSupport.header(record, OutboxRelay.HEADER_TYPE)).isEqualTo("ApplicationReceived");
                assertThat(TestSupport.MAPPER.readTree(record.value()).get("occurredAt").textValue())
                        .as("ISO dates, not timestamps").isEqualTo(original.occurredAt().toString());
                assertThat(event.occurredAt()).isEqualTo(original.occurredAt());
                assertThat(event.payloadAs(ApplicationReceived.class)).isEqualTo(original.payload());
                assertThat(event.ruleIds()).isEqualTo(original.ruleIds());
            }
            assertThat(byId).as("committed events missing on the topic").isEmpty();
            assertThat(records).noneMatch(r -> r.value().contains(rolledBack.eventId().toString()));
            assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
            assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE event_id = ?", rolledBack.eventId())).isZero();

            // running it again publishes nothing more
            assertThat(relay.publishPending()).isZero();
            assertThat(new OutboxRelay(infra.dataSource(), producer, 8).publishPending()).isZero();
            assertThat(infra.readAll(Topics.ELIGIBILITY)).hasSize(30);
        }
    }

    @Test
    void anEventKeyedOtherwiseKeepsItsTopicKeyAndEnvelope() {
        var tx = new JdbcTransactions(infra.dataSource());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        var event = TestSupport.applicationReceived("family-x");
        tx.inNewTransaction(() -> outbox.append(event, "tsa.test.other-key", "person-hash-1"));
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE event_id = ? AND topic = 'tsa.test.other-key'"
                + " AND msg_key = 'person-hash-1' AND event_type = 'ApplicationReceived'"
                + " AND payload->>'eventId' = ? AND payload->>'familyId' = 'family-x'",
                event.eventId(), event.eventId().toString())).isEqualTo(1);
        infra.execute("DELETE FROM outbox_event WHERE topic = 'tsa.test.other-key'");
    }
}
