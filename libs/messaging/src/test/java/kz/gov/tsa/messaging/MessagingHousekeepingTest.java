package kz.gov.tsa.messaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Retention on a real PostgreSQL: published outbox rows and old inbox rows go; pending rows never. */
class MessagingHousekeepingTest {

    private static TestSupport infra;

    @BeforeAll
    static void start() {
        infra = TestSupport.start("housekeeping", false);
    }

    @AfterAll
    static void stop() {
        if (infra != null) {
            infra.close();
        }
    }

    static void outboxRow(Instant createdAt, Instant publishedAt) throws Exception {
        try (Connection c = infra.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO outbox_event(event_id, topic, msg_key, event_type, payload, created_at, published_at) "
                        + "VALUES (?, 't', 'k', 'X', '{}'::jsonb, ?, ?)")) {
            st.setObject(1, UUID.randomUUID());
            st.setTimestamp(2, Timestamp.from(createdAt));
            st.setTimestamp(3, publishedAt == null ? null : Timestamp.from(publishedAt));
            st.executeUpdate();
        }
    }

    static void inboxRow(Instant receivedAt) throws Exception {
        try (Connection c = infra.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(
                "INSERT INTO inbox_event(consumer, event_id, received_at) VALUES ('c', ?, ?)")) {
            st.setObject(1, UUID.randomUUID());
            st.setTimestamp(2, Timestamp.from(receivedAt));
            st.executeUpdate();
        }
    }

    @Test
    void publishedRowsPastRetentionGoInBatchesAndPendingRowsStay() throws Exception {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(10));
        for (int i = 0; i < 7; i++) {
            outboxRow(old, old.plusSeconds(1)); // published 10 days ago
        }
        outboxRow(now, now);    // published just now
        outboxRow(old, null);   // pending for 10 days: never deleted
        for (int i = 0; i < 5; i++) {
            inboxRow(now.minus(Duration.ofDays(40)));
        }
        inboxRow(now);

        var housekeeping = new MessagingHousekeeping(infra.dataSource(), 3); // batches of 3: 3 + 3 + 1
        assertThat(housekeeping.purgePublishedOutbox(now.minus(Duration.ofDays(7)))).isEqualTo(7);
        assertThat(housekeeping.purgeInbox(now.minus(Duration.ofDays(30)))).isEqualTo(5);
        assertThat(housekeeping.pendingOutbox()).isEqualTo(1);
        assertThat(infra.count("SELECT count(*) FROM outbox_event")).isEqualTo(2);
        assertThat(infra.count("SELECT count(*) FROM inbox_event")).isEqualTo(1);
        assertThat(housekeeping.purgePublishedOutbox(now.minus(Duration.ofDays(7)))).as("nothing left to purge").isZero();
    }
}
