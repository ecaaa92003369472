package kz.gov.tsa.employment.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.employment.application.port.out.RecordRefusalPort;
import kz.gov.tsa.employment.domain.RegistrationRefusal;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** D-70: table {@code registration_refusal} (V3, append-only), each row audited with its actor in the same transaction. */
@ApplicationScoped
class RegistrationRefusalAdapter implements RecordRefusalPort {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final AuditTrail audit;

    @Inject
    RegistrationRefusalAdapter(DataSource dataSource, ObjectMapper json, AuditTrail audit) {
        this.dataSource = dataSource;
        this.json = json;
        this.audit = audit;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RegistrationRefusal r, String actor) {
        String sql = """
                INSERT INTO registration_refusal (id, stage, registration_id, person_key, masked_iin, family_id,
                    region_code, channel, rule_id, code, reasons, facts, refused_on, refused_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""";
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = kz.gov.tsa.persistence.Jdbc.prepare(c, sql, r.id(), r.stage().name(), r.registrationId(), r.personKey(),
                     r.maskedIin(), r.familyId(), r.region().value(), r.channel().name(), r.ruleId(), r.code(),
                     write(r.reasons()), write(r.facts()), r.refusedOn(), r.occurredAt())) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a registration refusal", e);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("stage", r.stage().name());
        details.put("ruleId", r.ruleId());
        details.put("code", r.code());
        details.put("reasons", r.reasons());
        details.put("region", r.region().value());
        details.put("personKey", r.personKey());
        details.put("maskedIin", r.maskedIin());
        if (r.registrationId() != null) { // the audit trail's details hold no nulls
            details.put("registrationId", r.registrationId().toString());
        }
        audit.record(actor, "REGISTRATION_REFUSED", "RegistrationRefusal", r.id().toString(),
                r.ruleId() + " " + String.join(", ", r.reasons()), details);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a registration refusal cannot be written as JSON", e);
        }
    }
}
