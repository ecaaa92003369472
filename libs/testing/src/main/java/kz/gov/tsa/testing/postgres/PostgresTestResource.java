package kz.gov.tsa.testing.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/**
 * Quarkus test resource: a fresh database per test run on the machine's PostgreSQL (or an embedded
 * one), dropped afterwards. Sets {@code quarkus.datasource.jdbc.url}, username and password.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private TestDatabase database;

    @Override
    public Map<String, String> start() {
        server = PostgresServer.startOrConnect(Path.of(System.getProperty("java.io.tmpdir"), "tsa-postgres"));
        database = server.createDatabase("tsa_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
