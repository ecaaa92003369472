package kz.gov.tsa.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Binds the persistence adapters' statement arguments: dates as SQL dates, instants as timestamps, the rest as is. */
public final class Jdbc {

    private Jdbc() {
    }

    /** A statement of {@code c} for {@code sql} with {@code args} bound in order (the caller closes it). */
    public static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        try {
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
        } catch (SQLException | RuntimeException e) {
            st.close();
            throw e;
        }
    }
}
