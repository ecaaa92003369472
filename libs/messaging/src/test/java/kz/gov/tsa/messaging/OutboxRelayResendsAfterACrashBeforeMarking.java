package kz.gov.tsa.messaging;

import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's process dies after Kafka acknowledged the batch but before the rows were marked (simulated:
 * the connection is closed instead of committing). The next relay sends the events again — at least once —
 * and a consumer behind the {@link Inbox} applies each effect exactly once.
 */
class OutboxRelayResendsAfterACrashBeforeMarking {

    private static final String TOPIC = "tsa.test.crash-after-send";
    private static TestSupport infra;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("relay-crash-after", true);
        infra.kafka.createTopics(List.of(TOPIC));
        infra.execute("CREATE TABLE effect (consumer text NOT NULL, event_id uuid NOT NULL)");
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void theEventIsSentAgainAndTheInboxAppliesItOnce() throws Exception {
        var tx = new JdbcTransactions(infra.dataSource());
        var outbox = new Outbox(tx.joined(), TestSupport.MAPPER);
        List<EventEnvelope<ApplicationReceived>> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(TestSupport.applicationReceived("family-" + i));
        }
        tx.inNewTransaction(() -> events.forEach(e -> outbox.append(e, TOPIC, e.familyId())));

        try (var producer = infra.producer("crashing-relay")) {
            var crashing = new OutboxRelay(crashingOnCommit(infra.dataSource()), producer, 100);
            assertThat(crashing.publishPending()).isZero();
            assertThat(crashing.consecutiveFailures()).isEqualTo(1);
        }
        assertThat(infra.readAll(TOPIC)).as("sent before the crash").hasSize(5);
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .as("not marked: the crash came first").isEqualTo(5);

        try (var producer = infra.producer("relay-after-restart")) {
            var relay = new OutboxRelay(infra.dataSource(), producer, 100);
            assertThat(relay.publishPending()).isEqualTo(5);
            assertThat(relay.publishPending()).isZero();
        }
        assertThat(infra.readAll(TOPIC)).as("every event twice on the topic").hasSize(10);
        assertThat(infra.count("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")).isZero();

        AtomicInteger calls = new AtomicInteger();
        EventHandler handler = new EventHandler() {
            @Override
            public String name() {
                return "family-register";
            }

            @Override
            public Set<String> topics() {
                return Set.of(TOPIC);
            }

            @Override
            public boolean accepts(String eventType) {
                return eventType.equals("ApplicationReceived");
            }

            @Override
            public void handle(InboundEvent event) {
                calls.incrementAndGet();
                try (Connection c = tx.joined().getConnection();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO effect VALUES (?, ?)")) {
                    insert.setString(1, name());
                    insert.setObject(2, event.eventId());
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        String group = "crash-after-send";
        var loop = new InboxConsumerLoop(infra.inboxConsumer(group), group, List.of(handler), TestSupport.MAPPER,
                new Inbox(tx.joined()), tx.joined(), tx,
                new InboxConsumerLoop.Settings(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(100)));
        Thread thread = Thread.ofPlatform().name("loop").start(loop);
        try {
            TestSupport.await("all 10 records consumed and committed", Duration.ofSeconds(30),
                    () -> infra.committed(group, TOPIC) == 10);
        } finally {
            loop.stop();
            assertThat(loop.awaitStopped(Duration.ofSeconds(10))).isTrue();
            thread.join();
        }
        assertThat(infra.count("SELECT count(*) FROM effect")).as("each effect once").isEqualTo(5);
        assertThat(infra.count("SELECT count(DISTINCT event_id) FROM effect")).isEqualTo(5);
        assertThat(calls).as("the handler saw each event once").hasValue(5);
        assertThat(infra.count("SELECT count(*) FROM inbox_event WHERE consumer = 'family-register'")).isEqualTo(5);
        assertThat(infra.count("SELECT count(*) FROM dead_letter_event")).isZero();
    }

    /** Connections whose commit is a crash: the connection goes away (the server rolls back) and it throws. */
    private static DataSource crashingOnCommit(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(OutboxRelayResendsAfterACrashBeforeMarking.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    Object result = JdbcTransactions.invoke(real, method, args);
                    if (!(result instanceof Connection c)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(OutboxRelayResendsAfterACrashBeforeMarking.class.getClassLoader(),
                            new Class<?>[]{Connection.class}, (p, m, a) -> {
                                if (m.getName().equals("commit")) {
                                    c.close();
                                    throw new SQLException("simulated crash between send and commit");
                                }
                                return JdbcTransactions.invoke(c, m, a);
                            });
                });
    }
}
