package kz.gov.tsa.employment.adapter.out.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Binds the adapters' statement arguments (dates as SQL dates, instants as timestamps). */
final class Jdbc {

    private Jdbc() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) {
                st.setDate(i + 1, Date.valueOf(d));
            } else if (a instanceof Instant t) {
                st.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                st.setObject(i + 1, a);
            }
        }
        return st;
    }
}
