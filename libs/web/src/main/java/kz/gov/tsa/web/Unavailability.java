package kz.gov.tsa.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a dependency outage from a bug: a request that failed because the service's database could not be reached
 * (connection refused or cut, the server shutting down, the pool unable to hand out a connection in time) is the
 * client's to retry — 503 with {@code Retry-After} — never a 500 (issue "System tests" §3). Anything else stays a
 * server error.
 */
final class Unavailability {

    /** Seconds a client should wait before retrying: about one pool-acquisition timeout plus a reconnect. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQLSTATE codes of an unreachable database: class 08 (connection exception); 57P01 admin shutdown, 57P02 crash
     * shutdown, 57P03 cannot connect now; 53300 too many connections (PostgreSQL Appendix A).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private Unavailability() {
    }

    /** Whether {@code error} or one of its causes says the database is unreachable. */
    static boolean isDatabaseUnavailable(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) {
                    return true;
                }
                // Agroal's pool reports an acquisition timeout as a plain SQLException without a state
                String message = sql.getMessage();
                if (state == null && message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
