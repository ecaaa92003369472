package kz.gov.tsa.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/** Writes records a consumer gave up on to {@code dead_letter_event}, in the caller's transaction. */
final class DeadLetterStore {

    static final int MAX_ERROR_CHARS = 16_000;

    private static final String INSERT = """
            INSERT INTO dead_letter_event
                (consumer, event_id, topic, kafka_partition, kafka_offset, event_type, msg_key, error, raw_value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT ON CONSTRAINT dead_letter_event_record_uq DO NOTHING""";

    private final DataSource dataSource;

    DeadLetterStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the record once per consumer (a replay of an already dead-lettered record adds nothing). */
    void record(String consumer, ConsumerRecord<String, String> record, UUID eventId, String eventType, Throwable error) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            if (eventId == null) {
                insert.setNull(2, Types.OTHER);
            } else {
                insert.setObject(2, eventId);
            }
            insert.setString(3, record.topic());
            insert.setInt(4, record.partition());
            insert.setLong(5, record.offset());
            insert.setString(6, eventType);
            insert.setString(7, record.key());
            insert.setString(8, describe(error));
            insert.setString(9, record.value() == null ? null : record.value().replace("\u0000", ""));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not dead-letter " + record.topic() + "-" + record.partition()
                    + "@" + record.offset(), e);
        }
    }

    static String describe(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String text = out.toString().replace("\u0000", "");
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }
}
