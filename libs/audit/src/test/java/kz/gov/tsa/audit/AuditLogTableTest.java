package kz.gov.tsa.audit;

import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit table is append-only by the database's own trigger, and its migration can run twice. */
class AuditLogTableTest {

    static PostgresServer server;
    static TestDatabase db;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.startOrConnect(Path.of(System.getProperty("java.io.tmpdir"), "pg"));
        db = server.createDatabase("tsa_audit");
        String sql = Files.readString(Path.of("src/main/resources/db/audit/V0_100__audit_log.sql"));
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute(sql);
            c.createStatement().execute(sql);
        }
    }

    @AfterAll
    static void stop() {
        db.close();
        server.close();
    }

    @Test
    void recordsCanBeAppendedButNeverChangedOrDeleted() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute("INSERT INTO audit_log(actor, action, entity_type, entity_id) "
                    + "VALUES ('operator1', 'APPLICATION_RECEIVED', 'Application', 'a-1')");
            var rs = c.createStatement().executeQuery("SELECT count(*) FROM audit_log");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThatThrownBy(() -> c.createStatement().execute("UPDATE audit_log SET actor = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
