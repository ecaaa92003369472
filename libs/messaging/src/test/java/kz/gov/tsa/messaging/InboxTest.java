package kz.gov.tsa.messaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The inbox on a real PostgreSQL: one row per (consumer, event id), in the caller's transaction. */
class InboxTest {

    private static TestSupport infra;
    private static JdbcTransactions tx;
    private static Inbox inbox;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("inbox", false);
        tx = new JdbcTransactions(infra.dataSource());
        inbox = new Inbox(tx.joined());
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void theSameEventIsFirstOncePerConsumer() {
        UUID eventId = UUID.randomUUID();
        assertThat(tx.inTransaction(() -> inbox.firstDelivery("contract-service.decisions", eventId))).isTrue();
        assertThat(tx.inTransaction(() -> inbox.firstDelivery("contract-service.decisions", eventId)))
                .as("a duplicate delivery").isFalse();
        assertThat(tx.inTransaction(() -> inbox.firstDelivery("payment-service.decisions", eventId)))
                .as("another consumer").isTrue();
        assertThat(infra.count("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId)).isEqualTo(2);
    }

    @Test
    void theRowGoesWithTheTransaction() {
        UUID eventId = UUID.randomUUID();
        tx.inRolledBackTransaction(() -> assertThat(inbox.firstDelivery("c", eventId)).isTrue());
        assertThat(tx.inTransaction(() -> inbox.firstDelivery("c", eventId)))
                .as("the rolled-back delivery left nothing behind").isTrue();
    }

    @Test
    void theMigrationCanRunAgain() {
        TestSupport.migrate(infra.dataSource()); // already applied in start(): must not fail
        assertThat(infra.count("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                + "('outbox_event', 'inbox_event', 'dead_letter_event')")).isEqualTo(3);
        assertThat(infra.count("SELECT count(*) FROM pg_indexes WHERE indexname = 'outbox_event_pending_idx'"))
                .isEqualTo(1);
    }
}
