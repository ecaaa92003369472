package kz.gov.tsa.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Operators see the messaging backlog in {@code /q/metrics}: {@code tsa_outbox_pending} (events not
 * yet on Kafka), {@code tsa_outbox_oldest_pending_seconds} (how long the oldest has waited) and
 * {@code tsa_dead_letter_events} (records no handler could apply). Each is one small query per scrape.
 */
@ApplicationScoped
public class MessagingMetrics {

    private static final Logger LOG = Logger.getLogger(MessagingMetrics.class);

    private final DataSource dataSource;
    private final MeterRegistry registry;

    @Inject
    public MessagingMetrics(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("tsa_outbox_pending", () -> query("SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .description("Outbox events not yet published to Kafka").register(registry);
        Gauge.builder("tsa_outbox_oldest_pending_seconds", () -> query(
                        "SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event WHERE published_at IS NULL"))
                .description("Age of the oldest unpublished outbox event").baseUnit("seconds").register(registry);
        Gauge.builder("tsa_dead_letter_events", () -> query("SELECT count(*) FROM dead_letter_event"))
                .description("Inbound records parked because no handler could apply them").register(registry);
    }

    private double query(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            LOG.debugf("messaging metric unavailable: %s", e.getMessage());
            return Double.NaN;
        }
    }
}
