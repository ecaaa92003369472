package kz.gov.tsa.messaging;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Keeps the messaging tables small at national scale (500 000 families a month): deletes outbox rows
 * published before a cutoff and inbox rows received before a cutoff, in short batches so that no
 * long lock is held. The inbox cutoff must lie well beyond the topics' retention: an event older
 * than every kept inbox row could otherwise be applied again if it were redelivered.
 */
public final class MessagingHousekeeping {

    private final DataSource dataSource;
    private final int batchSize;

    public MessagingHousekeeping(DataSource dataSource, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.dataSource = dataSource;
        this.batchSize = batchSize;
    }

    /** Deletes outbox rows published before {@code cutoff}; never a pending one. Returns how many. */
    public int purgePublishedOutbox(Instant cutoff) throws SQLException {
        return purge("DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event "
                + "WHERE published_at IS NOT NULL AND published_at < ? ORDER BY id LIMIT ?)", cutoff);
    }

    /** Deletes inbox rows received before {@code cutoff}. Returns how many. */
    public int purgeInbox(Instant cutoff) throws SQLException {
        return purge("DELETE FROM inbox_event WHERE (consumer, event_id) IN (SELECT consumer, event_id FROM inbox_event "
                + "WHERE received_at < ? LIMIT ?)", cutoff);
    }

    /** How many outbox rows wait for the relay. */
    public long pendingOutbox() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int purge(String sql, Instant cutoff) throws SQLException {
        int total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            int deleted;
            do {
                st.setTimestamp(1, Timestamp.from(cutoff));
                st.setInt(2, batchSize);
                deleted = st.executeUpdate();
                total += deleted;
            } while (deleted == batchSize);
        }
        return total;
    }
}
