package kz.gov.tsa.messaging;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Plain-JDBC stand-in for JTA in tests without Quarkus: {@link #inNewTransaction} binds a connection of the
 * real database to the thread, and {@link #joined()} is a data source whose connections are that bound
 * connection (closing them does nothing) — so {@link Outbox}, {@link Inbox} and handlers share the
 * transaction, as Agroal connections do under JTA. Without a bound transaction {@link #joined()} refuses,
 * like {@code TxType.MANDATORY}.
 */
final class JdbcTransactions implements TransactionRunner {

    private final DataSource physical;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final DataSource joined;

    JdbcTransactions(DataSource physical) {
        this.physical = physical;
        this.joined = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Connection c = current.get();
                        if (c == null) {
                            throw new SQLException("no transaction is active on this thread");
                        }
                        return unclosable(c);
                    }
                    if (method.getName().equals("toString")) {
                        return "joined(" + physical + ")";
                    }
                    return invoke(physical, method, args);
                });
    }

    DataSource joined() {
        return joined;
    }

    @Override
    public void inNewTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    <T> T inTransaction(Supplier<T> work) {
        Connection outer = current.get();
        try (Connection c = physical.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.get();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /** Runs work in a transaction that is rolled back at the end. */
    void inRolledBackTransaction(Runnable work) {
        try (Connection c = physical.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                work.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            current.remove();
        }
    }

    private static Connection unclosable(Connection c) {
        return (Connection) Proxy.newProxyInstance(JdbcTransactions.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "commit", "rollback", "setAutoCommit" ->
                            throw new SQLException(method.getName() + " is managed by the test transaction");
                    default -> invoke(c, method, args);
                });
    }

    static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
