package kz.gov.tsa.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.events.EventEnvelope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The transactional outbox (ARCHITECTURE.md §4): {@link #append} writes an event row in the caller's
 * transaction, so the event exists if and only if the state change commits. {@link OutboxRelay}
 * publishes the rows afterwards.
 *
 * <p>Both methods require an active JTA transaction; calling them outside one throws
 * {@link jakarta.transaction.TransactionalException}.
 *
 * <p>Ordering: the relay sends rows in id order, so the events of one key reach Kafka in the order of
 * their ids. To make id order equal commit order for each key, {@code append} takes a transaction-scoped
 * PostgreSQL advisory lock on (topic, key) before it inserts: two transactions that emit events for the
 * same key are serialised from the first append to their commit.
 */
@ApplicationScoped
public class Outbox {

    /** First half of the per-key advisory lock: a namespace of its own (ASCII "tsak"). */
    static final int KEY_LOCK_NAMESPACE = 0x7473616b;

    private static final String LOCK_KEY = "SELECT pg_advisory_xact_lock(?, hashtext(?))";
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, msg_key, event_type, payload)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb))""";

    private final DataSource dataSource;
    private final ObjectWriter writer;

    /** For CDI; plain-Java callers (tests) pass a data source whose connections join their transaction. */
    @Inject
    public Outbox(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.writer = mapper.writer()
                .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .without(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    /**
     * Wraps a service's event payload in a new envelope ({@link EventEnvelope#of}: a fresh event id, the type and
     * version registered for the payload's class, no causation) and appends it for its own topic, keyed by family id.
     * What every service's outbound event publisher does after mapping its domain event to the published record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> appendEvent(P payload, String familyId, UUID correlationId, Instant occurredAt,
                                            List<String> ruleIds) {
        EventEnvelope<P> envelope = EventEnvelope.of(payload, familyId, correlationId, null, occurredAt, ruleIds);
        append(envelope);
        return envelope;
    }

    /** The same for the given topic and Kafka key (e.g. the employment topic's person key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P> EventEnvelope<P> appendEvent(P payload, String familyId, UUID correlationId, Instant occurredAt,
                                            List<String> ruleIds, String topic, String key) {
        EventEnvelope<P> envelope = EventEnvelope.of(payload, familyId, correlationId, null, occurredAt, ruleIds);
        append(envelope, topic, key);
        return envelope;
    }

    /** Appends the event for its own topic ({@link EventEnvelope#topic()}), keyed by family id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventEnvelope<?> envelope) {
        append(envelope, envelope.topic(), envelope.familyId());
    }

    /** Appends the event for the given topic and Kafka key (e.g. the employment topic's person hash). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(EventEnvelope<?> envelope, String topic, String key) {
        Objects.requireNonNull(envelope, "envelope");
        requireText(topic, "topic");
        requireText(key, "key");
        String json;
        try {
            json = writer.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + envelope.eventId() + " (" + envelope.type()
                    + ") cannot be written as JSON", e);
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement(LOCK_KEY)) {
                lock.setInt(1, KEY_LOCK_NAMESPACE);
                lock.setString(2, topic + '|' + key);
                lock.execute();
            }
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setObject(1, envelope.eventId());
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, envelope.type());
                insert.setString(5, json);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not append event " + envelope.eventId() + " ("
                    + envelope.type() + ") to the outbox", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
