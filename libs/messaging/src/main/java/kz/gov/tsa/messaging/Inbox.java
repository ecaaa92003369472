package kz.gov.tsa.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * The idempotent inbox (ARCHITECTURE.md §4): a consumer records each event id in the transaction of its
 * effect, so a redelivered event changes nothing. {@link EventConsumerRunner} does this for every
 * {@link EventHandler}; services rarely call it themselves.
 *
 * <p>Requires an active JTA transaction; calling it outside one throws
 * {@link jakarta.transaction.TransactionalException}.
 */
@ApplicationScoped
public class Inbox {

    private static final String INSERT = """
            INSERT INTO inbox_event (consumer, event_id, received_at) VALUES (?, ?, now())
            ON CONFLICT DO NOTHING""";

    private final DataSource dataSource;

    /** For CDI; plain-Java callers (tests) pass a data source whose connections join their transaction. */
    @Inject
    public Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} receives {@code eventId}.
     *
     * @return true the first time (apply the effect), false if this consumer already had the event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(eventId, "eventId");
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox of " + consumer, e);
        }
    }
}
