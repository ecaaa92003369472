package kz.gov.tsa.payment.adapter.out.persistence;

import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.domain.AssignmentStatus;
import kz.gov.tsa.payment.domain.LineKind;
import kz.gov.tsa.payment.domain.PaymentLine;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Small JDBC helpers over the service's data source (its connections join the current JTA transaction). */
final class Jdbc {

    /**
     * The columns of a payment line as {@link #line} reads them. The idempotency key (PAY-04) is the primary key
     * {@code (family_id, person_key, month, kind, key_month)} — {@code key_month} is the issuing run month of an
     * adjustment and {@code '-'} for a due line (V5, D-88) — shown as {@link PaymentLine#regularKey} /
     * {@link PaymentLine#adjustmentKey}.
     */
    static final String LINE_COLUMNS = "run_id, run_month, family_id, region_code, person_key, masked_iin, month, kind, "
            + "amount, decision_id, contract_id, contract_state, rule_ids";

    /** The columns an insert of a payment line names, in the order of the run's {@code INSERT … SELECT}. */
    static final String INSERT_COLUMNS = "run_id, run_month, family_id, region_code, person_key, masked_iin, month, "
            + "kind, key_month, amount, decision_id, contract_id, contract_state, rule_ids";

    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Jdbc() {
    }

    static int update(DataSource ds, String sql, Binder binder) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + firstLine(sql), e);
        }
    }

    static <T> List<T> query(DataSource ds, String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + firstLine(sql), e);
        }
    }

    static PaymentLine line(ResultSet rs) throws SQLException {
        YearMonth runMonth = YearMonth.parse(rs.getString("run_month"));
        String familyId = rs.getString("family_id");
        String personKey = rs.getString("person_key");
        YearMonth month = YearMonth.parse(rs.getString("month"));
        LineKind kind = LineKind.valueOf(rs.getString("kind"));
        String key = kind == LineKind.ADJUSTMENT
                ? PaymentLine.adjustmentKey(familyId, personKey, month, runMonth)
                : PaymentLine.regularKey(familyId, personKey, month, kind);
        return new PaymentLine(key, rs.getObject("run_id", UUID.class), runMonth, familyId, rs.getString("region_code"),
                personKey, rs.getString("masked_iin"), month, kind, new Tenge(rs.getBigDecimal("amount")),
                rs.getObject("decision_id", UUID.class), rs.getObject("contract_id", UUID.class),
                AssignmentStatus.valueOf(rs.getString("contract_state")), rules(rs.getString("rule_ids")));
    }

    static List<String> rules(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
