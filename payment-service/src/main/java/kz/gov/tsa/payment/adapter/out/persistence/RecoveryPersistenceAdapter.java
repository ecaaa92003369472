package kz.gov.tsa.payment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.out.RecoveryPort;
import kz.gov.tsa.payment.domain.RecoveryRecord;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Recovery records (CON-06 (2)), one per decision; saving is audited (entity {@code Recovery}). */
@ApplicationScoped
class RecoveryPersistenceAdapter implements RecoveryPort {

    private final DataSource dataSource;
    private final AuditTrail audit;

    @Inject
    RecoveryPersistenceAdapter(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public boolean save(RecoveryRecord r, String actor) {
        int n = Jdbc.update(dataSource, """
                INSERT INTO recovery (id, decision_id, family_id, region_code, rule_id, reason, amount, months,
                                      masked_iins, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (decision_id) DO NOTHING""", st -> {
            st.setObject(1, r.id());
            st.setObject(2, r.decisionId());
            st.setString(3, r.familyId());
            st.setString(4, r.regionCode());
            st.setString(5, r.ruleId());
            st.setString(6, r.reason());
            st.setBigDecimal(7, r.amount().value());
            st.setString(8, r.months().stream().map(YearMonth::toString).collect(Collectors.joining(",")));
            st.setString(9, String.join(",", r.maskedIins()));
            st.setTimestamp(10, Timestamp.from(r.recordedAt()));
        });
        if (n == 1) {
            audit.record(actor, "RECOVERY_RECORDED", "Recovery", r.id().toString(),
                    "paid under a revoked assignment: " + r.amount() + " for " + r.months() + " to recover (CON-06)",
                    Map.of("decisionId", r.decisionId().toString(), "familyId", r.familyId(),
                            "amount", r.amount().toString()));
        }
        return n == 1;
    }

    @Override
    public List<RecoveryRecord> find(Optional<RegionCode> region, Optional<String> familyId) {
        return Jdbc.query(dataSource, """
                SELECT id, decision_id, family_id, region_code, rule_id, reason, amount, months, masked_iins, recorded_at
                FROM recovery WHERE (CAST(? AS text) IS NULL OR region_code = ?) AND (CAST(? AS text) IS NULL OR family_id = ?)
                ORDER BY recorded_at DESC, id""", st -> {
            String reg = region.map(RegionCode::value).orElse(null);
            st.setString(1, reg);
            st.setString(2, reg);
            st.setString(3, familyId.orElse(null));
            st.setString(4, familyId.orElse(null));
        }, rs -> new RecoveryRecord(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                rs.getString("family_id"), rs.getString("region_code"), rs.getString("rule_id"), rs.getString("reason"),
                new Tenge(rs.getBigDecimal("amount")),
                Arrays.stream(rs.getString("months").split(",")).map(YearMonth::parse).toList(),
                Arrays.asList(rs.getString("masked_iins").split(",")), rs.getTimestamp("recorded_at").toInstant()));
    }
}
