package kz.gov.tsa.payment.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort;
import kz.gov.tsa.payment.application.port.out.PaymentLinesPort;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.Entitlement;
import kz.gov.tsa.payment.domain.PaymentLine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assignments as JSON documents beside the columns queries need, their schedule lines replaced as a whole on every
 * change (batched), and reads of the issued lines. Every write is audited (entity {@code Assignment}) in its
 * transaction.
 */
@ApplicationScoped
class AssignmentPersistenceAdapter implements AssignmentStorePort, PaymentLinesPort {

    /** The document mapper: the domain records as they are, months as {@code YYYY-MM}. */
    static final ObjectMapper DOCUMENT = JsonMapper.builder()
            .addModule(new JavaTimeModule()).addModule(new Jdk8Module()).addModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String INSERT_ENTITLEMENT = """
            INSERT INTO entitlement (decision_id, person_key, month, family_id, region_code, masked_iin, pay_month,
                                     kind, base_amount, amount, rule_ids, contract_id, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final DataSource dataSource;
    private final AuditTrail audit;

    @Inject
    AssignmentPersistenceAdapter(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public boolean insert(Assignment a, List<Entitlement> schedule, Change change) {
        int inserted = Jdbc.update(dataSource, """
                INSERT INTO assignment (decision_id, application_id, family_id, region_code, kind, status, document)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (decision_id) DO NOTHING""", st -> {
            st.setObject(1, a.decisionId());
            st.setObject(2, a.applicationId());
            st.setString(3, a.familyId());
            st.setString(4, a.regionCode());
            st.setString(5, a.kind().name());
            st.setString(6, a.status().name());
            st.setString(7, json(a));
        });
        if (inserted == 0) {
            return false;
        }
        writeSchedule(schedule);
        record(a, change);
        return true;
    }

    @Override
    public Optional<Assignment> findForUpdate(UUID decisionId) {
        return Jdbc.query(dataSource, "SELECT document::text FROM assignment WHERE decision_id = ? FOR UPDATE",
                st -> st.setObject(1, decisionId), rs -> read(rs.getString(1))).stream().findFirst();
    }

    @Override
    public void update(Assignment a, List<Entitlement> schedule, Change change) {
        int updated = Jdbc.update(dataSource, """
                UPDATE assignment SET status = ?, document = CAST(? AS jsonb), updated_at = now()
                WHERE decision_id = ?""", st -> {
            st.setString(1, a.status().name());
            st.setString(2, json(a));
            st.setObject(3, a.decisionId());
        });
        if (updated != 1) {
            throw new IllegalStateException("no assignment " + a.decisionId() + " to update");
        }
        Jdbc.update(dataSource, "DELETE FROM entitlement WHERE decision_id = ?", st -> st.setObject(1, a.decisionId()));
        writeSchedule(schedule);
        record(a, change);
    }

    private void writeSchedule(List<Entitlement> schedule) {
        if (schedule.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(INSERT_ENTITLEMENT)) {
            for (Entitlement e : schedule) {
                st.setObject(1, e.decisionId());
                st.setString(2, e.personKey());
                st.setString(3, e.month().toString());
                st.setString(4, e.familyId());
                st.setString(5, e.regionCode());
                st.setString(6, e.maskedIin());
                st.setString(7, e.payMonth().toString());
                st.setString(8, e.kind().name());
                st.setBigDecimal(9, e.base().value());
                st.setBigDecimal(10, e.amount().value());
                st.setString(11, String.join(",", e.ruleIds()));
                st.setObject(12, e.contractId());
                st.setString(13, e.status().name());
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the schedule", e);
        }
    }

    private void record(Assignment a, Change change) {
        audit.record(change.actor(), change.action(), "Assignment", a.decisionId().toString(), change.reason(),
                change.details());
    }

    @Override
    public List<PaymentLine> ofFamily(String familyId) {
        return Jdbc.query(dataSource, "SELECT " + Jdbc.LINE_COLUMNS
                        + " FROM payment_line WHERE family_id = ? ORDER BY month, person_key, issued_at, kind, key_month",
                st -> st.setString(1, familyId), Jdbc::line);
    }

    private static String json(Assignment a) {
        try {
            return DOCUMENT.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assignment " + a.decisionId() + " cannot be written", e);
        }
    }

    private static Assignment read(String json) {
        try {
            return DOCUMENT.readValue(json, Assignment.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored assignment cannot be read", e);
        }
    }
}
