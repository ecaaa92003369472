package kz.gov.tsa.messaging;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Publishes pending outbox rows to Kafka (plain Java; {@link OutboxRelayRunner} runs it in a service).
 *
 * <p>One {@link #publishPending()} round runs in one local JDBC transaction on its own connection:
 * <ol>
 *   <li>{@code pg_try_advisory_xact_lock(RELAY_LOCK_KEY)}; if another relay (another instance of the
 *       service) holds it, the round does nothing — two relays never interleave their sends;</li>
 *   <li>select the pending rows in id order (at most the batch size);</li>
 *   <li>send them all (key = row key, headers {@code eventId} and {@code type}), flush, and wait for
 *       every acknowledgement;</li>
 *   <li>mark them published and commit.</li>
 * </ol>
 * If anything fails the transaction rolls back, the rows stay pending and the next round sends them
 * again: delivery is at least once, and consumers deduplicate through the {@link Inbox}.
 *
 * <p>The order per key holds — the first delivery of every event comes after the first delivery of the events
 * before it — because one relay at a time sends rows in id order through an idempotent producer whose records
 * never expire ({@link KafkaClientSettings#producer}: while the broker is away the round waits in
 * {@code flush()} and the producer retries in order), and because a record refused at {@code send()} ends the
 * round before anything after it is sent. An expiring record would break it: the later batches of its partition
 * would be delivered, the expired one only with the next round — a consumer would see, say, an application
 * decided before it was received (D-96).
 */
public final class OutboxRelay {

    /** The advisory lock every relay of one database takes per round (ASCII "tsa_outb"). */
    public static final long RELAY_LOCK_KEY = 0x7473615f6f757462L;

    /** Header carrying the event id (UTF-8 string). */
    public static final String HEADER_EVENT_ID = "eventId";
    /** Header carrying the event type (UTF-8 string). */
    public static final String HEADER_TYPE = "type";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(?)";
    private static final String SELECT_PENDING = """
            SELECT id, event_id, topic, msg_key, event_type, payload::text
              FROM outbox_event
             WHERE published_at IS NULL
             ORDER BY id
             LIMIT ?""";
    private static final String MARK_PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)";

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private volatile int consecutiveFailures;

    /**
     * @param dataSource where the {@code outbox_event} table lives; the relay takes its own connection
     *                   per round and manages its transaction itself (no JTA)
     * @param producer   an idempotent producer ({@link KafkaClientSettings#producer}); the relay does not close it
     * @param batchSize  most rows per round
     */
    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.producer = Objects.requireNonNull(producer, "producer");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1");
        }
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Rounds in a row that failed (0 after a round that did not fail); the runner backs off on it. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    /**
     * Publishes at most one batch of pending rows.
     *
     * @return rows published and marked; 0 when nothing was pending, another relay held the lock, or the
     *         round failed (then the failure is logged, the rows stay pending, {@link #consecutiveFailures()}
     *         grows)
     */
    public int publishPending() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Map<String, Integer> perTopic = publishIn(c);
                c.commit();
                consecutiveFailures = 0;
                int published = perTopic.values().stream().mapToInt(Integer::intValue).sum();
                if (published > 0) {
                    LOG.infof("Outbox relay published %d event(s) %s", published, perTopic);
                }
                return published;
            } catch (Exception e) {
                rollbackQuietly(c);
                fail(e);
                return 0;
            } finally {
                restoreAutoCommit(c, autoCommit);
            }
        } catch (SQLException e) {
            fail(e);
            return 0;
        }
    }

    /** Sends and marks one batch; returns the count sent per topic (empty when nothing was sent). */
    private Map<String, Integer> publishIn(Connection c) throws SQLException, InterruptedException, ExecutionException {
        try (PreparedStatement lock = c.prepareStatement(TRY_LOCK)) {
            lock.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return Map.of(); // another relay is publishing right now
                }
            }
        }
        List<Row> rows = pending(c);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        Map<String, Integer> perTopic = new TreeMap<>();
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.json());
            record.headers().add(HEADER_EVENT_ID, row.eventId().getBytes(StandardCharsets.UTF_8));
            record.headers().add(HEADER_TYPE, row.type().getBytes(StandardCharsets.UTF_8));
            Future<RecordMetadata> ack = producer.send(record);
            acks.add(ack);
            perTopic.merge(row.topic(), 1, Integer::sum);
            if (ack.state() == Future.State.FAILED) {
                // refused at once (e.g. no metadata within max.block.ms while the broker is away): send nothing
                // after it, or a later event of the same key could reach Kafka before this one's resend
                ack.get();
            }
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(); // throws if that record was not acknowledged
        }
        markPublished(c, rows);
        return perTopic;
    }

    private List<Row> pending(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    private static void markPublished(Connection c, List<Row> rows) throws SQLException {
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Array array = c.createArrayOf("bigint", ids);
        try (PreparedStatement update = c.prepareStatement(MARK_PUBLISHED)) {
            update.setArray(1, array);
            int updated = update.executeUpdate();
            if (updated != rows.size()) {
                throw new SQLException("marked " + updated + " of " + rows.size() + " outbox rows");
            }
        } finally {
            array.free();
        }
    }

    private void fail(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        consecutiveFailures++;
        // the message comes from Kafka or the JDBC driver, never from a payload
        LOG.warnf(e, "Outbox relay round failed (%d in a row); the rows stay pending and are sent again",
                consecutiveFailures);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.debugf("rollback failed: %s", e.getMessage());
        }
    }

    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.debugf("could not restore auto-commit: %s", e.getMessage());
        }
    }

    private record Row(long id, String eventId, String topic, String key, String type, String json) {
    }
}
