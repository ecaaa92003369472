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

    /** The columns of a payment line, in {@link #line} order. */
    static final String LINE_COLUMNS = "idempotency_key, run_id, run_month, family_id, region_code, person_key, "
            + "masked_iin, month, kind, amount, decision_id, contract_id, contract_state, rule_ids";

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
        return new PaymentLine(rs.getString("idempotency_key"), rs.getObject("run_id", UUID.class),
                YearMonth.parse(rs.getString("run_month")), rs.getString("family_id"), rs.getString("region_code"),
                rs.getString("person_key"), rs.getString("masked_iin"), YearMonth.parse(rs.getString("month")),
                LineKind.valueOf(rs.getString("kind")), new Tenge(rs.getBigDecimal("amount")),
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
