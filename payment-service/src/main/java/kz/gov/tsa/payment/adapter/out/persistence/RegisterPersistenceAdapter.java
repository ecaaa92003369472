package kz.gov.tsa.payment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Instructions summed from the month's lines, shares due without a line, the bank's confirmations. */
@ApplicationScoped
class RegisterPersistenceAdapter implements RegisterPort {

    private final DataSource dataSource;
    private final AuditTrail audit;

    @Inject
    RegisterPersistenceAdapter(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public List<Instruction> instructions(YearMonth month, Optional<RegionCode> region) {
        String r = region.map(RegionCode::value).orElse(null);
        return Jdbc.query(dataSource, """
                SELECT family_id, person_key, min(region_code), min(masked_iin), sum(amount), count(*)
                FROM payment_line
                WHERE run_id IN (SELECT id FROM payment_run WHERE month = ?) AND (CAST(? AS text) IS NULL OR region_code = ?)
                GROUP BY family_id, person_key ORDER BY family_id, person_key""", st -> {
            st.setString(1, month.toString());
            st.setString(2, r);
            st.setString(3, r);
        }, rs -> new Instruction(Instruction.endToEndId(month, rs.getString(1), rs.getString(2)), month,
                rs.getString(1), rs.getString(3), rs.getString(2), rs.getString(4), new Tenge(rs.getBigDecimal(5)),
                rs.getLong(6)));
    }

    @Override
    public List<Reconciliation.DueShare> dueNotIssued(YearMonth month, Optional<RegionCode> region) {
        String r = region.map(RegionCode::value).orElse(null);
        return Jdbc.query(dataSource, """
                SELECT e.family_id, e.person_key, e.masked_iin, e.month, e.amount FROM entitlement e
                WHERE e.pay_month <= ? AND e.amount > 0 AND (CAST(? AS text) IS NULL OR e.region_code = ?)
                  AND NOT EXISTS (SELECT 1 FROM payment_line l WHERE l.family_id = e.family_id
                      AND l.person_key = e.person_key AND l.month = e.month AND l.kind = e.kind AND l.key_month = '-')
                ORDER BY e.family_id, e.person_key, e.month""", st -> {
            st.setString(1, month.toString());
            st.setString(2, r);
            st.setString(3, r);
        }, rs -> new Reconciliation.DueShare(rs.getString(1), rs.getString(2), rs.getString(3),
                YearMonth.parse(rs.getString(4)), new Tenge(rs.getBigDecimal(5))));
    }

    @Override
    public void saveConfirmations(UUID importId, YearMonth month, List<Confirmation> confirmations, String actor) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                INSERT INTO bank_confirmation (import_id, month, end_to_end_id, status, amount, bank_reference, imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Confirmation k : confirmations) {
                st.setObject(1, importId);
                st.setString(2, month.toString());
                st.setString(3, k.endToEndId());
                st.setString(4, k.status().name());
                st.setBigDecimal(5, k.amount().value());
                st.setString(6, k.bankReference());
                st.setString(7, actor);
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the bank's confirmations", e);
        }
        audit.record(actor, "BANK_CONFIRMATIONS_IMPORTED", "BankConfirmationImport", importId.toString(),
                "the bank's confirmations of " + month + " imported for reconciliation",
                Map.of("month", month.toString(), "confirmations", confirmations.size()));
    }

    private static final String REISSUE_COLUMNS =
            "end_to_end_id, month, family_id, region_code, person_key, masked_iin, amount, lines";

    private static Instruction reissue(java.sql.ResultSet rs) throws SQLException {
        return new Instruction(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), new Tenge(rs.getBigDecimal(7)), rs.getLong(8));
    }

    @Override
    public List<Instruction> reissues(YearMonth month, Optional<RegionCode> region) {
        String r = region.map(RegionCode::value).orElse(null);
        return Jdbc.query(dataSource, "SELECT " + REISSUE_COLUMNS + " FROM reissue WHERE month = ? "
                + "AND (CAST(? AS text) IS NULL OR region_code = ?) ORDER BY family_id, person_key", st -> {
            st.setString(1, month.toString());
            st.setString(2, r);
            st.setString(3, r);
        }, RegisterPersistenceAdapter::reissue);
    }

    @Override
    public Optional<Instruction> reissueOf(String originalEndToEndId) {
        return Jdbc.query(dataSource, "SELECT " + REISSUE_COLUMNS + " FROM reissue WHERE original_end_to_end_id = ?",
                st -> st.setString(1, originalEndToEndId), RegisterPersistenceAdapter::reissue).stream().findFirst();
    }

    @Override
    public boolean saveReissue(String originalEndToEndId, Instruction i, String actor) {
        int n = Jdbc.update(dataSource, """
                INSERT INTO reissue (original_end_to_end_id, end_to_end_id, month, family_id, region_code, person_key,
                                     masked_iin, amount, lines, reissued_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", st -> {
            st.setString(1, originalEndToEndId);
            st.setString(2, i.endToEndId());
            st.setString(3, i.month().toString());
            st.setString(4, i.familyId());
            st.setString(5, i.regionCode());
            st.setString(6, i.personKey());
            st.setString(7, i.maskedIin());
            st.setBigDecimal(8, i.amount().value());
            st.setLong(9, i.lines());
            st.setString(10, actor);
        });
        if (n == 1) {
            audit.record(actor, "TRANSFER_REISSUED", "Transfer", originalEndToEndId,
                    "returned by the bank: re-issued once as " + i.endToEndId() + " for the same entitlement",
                    Map.of("month", i.month().toString(), "familyId", i.familyId(), "amount", i.amount().toString()));
        }
        return n == 1;
    }

    @Override
    public List<Confirmation> confirmations(YearMonth month) {
        return Jdbc.query(dataSource, """
                SELECT end_to_end_id, status, amount, bank_reference FROM bank_confirmation WHERE month = ? ORDER BY id""",
                st -> st.setString(1, month.toString()), rs -> new Confirmation(rs.getString(1),
                        Confirmation.Status.valueOf(rs.getString(2)), new Tenge(rs.getBigDecimal(3)), rs.getString(4)));
    }
}
