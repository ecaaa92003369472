package kz.gov.tsa.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the append-only audit trail in the caller's transaction (so a change and its audit record
 * commit together) and reads it back for auditors. Services enable its table with
 * {@code quarkus.flyway.locations=...,db/audit}.
 */
@ApplicationScoped
public class AuditTrail {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;

    @Inject
    public AuditTrail(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        // a detail without a value is written as JSON null, whatever inclusion the service's mapper has (D-91)
        this.json = json.copy().setDefaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    }

    /** Appends a record; must run inside the transaction of the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entityType, String entityId, String reason,
                       Map<String, ?> details) {
        String sql = "INSERT INTO audit_log(occurred_at, actor, action, entity_type, entity_id, reason, details) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setTimestamp(1, Timestamp.from(Instant.now()));
            st.setString(2, actor);
            st.setString(3, action);
            st.setString(4, entityType);
            st.setString(5, entityId);
            st.setString(6, reason);
            st.setString(7, json.writeValueAsString(details == null ? Map.of() : details));
            st.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not write the audit record", e);
        }
    }

    /** The records of one entity, oldest first. */
    public List<AuditEntry> forEntity(String entityType, String entityId) {
        String sql = "SELECT id, occurred_at, actor, action, entity_type, entity_id, reason, details::text "
                + "FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, entityType);
            st.setString(2, entityId);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            json.readValue(rs.getString(8), MAP)));
                }
            }
            return out;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read the audit trail", e);
        }
    }
}
