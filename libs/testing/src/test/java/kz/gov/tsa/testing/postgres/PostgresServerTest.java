package kz.gov.tsa.testing.postgres;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    @Test
    void aFreshDatabaseIsCreatedUsableAndDroppedAfterwards() throws Exception {
        try (PostgresServer server = PostgresServer.startOrConnect(Path.of(System.getProperty("java.io.tmpdir"), "pg"))) {
            String name;
            try (TestDatabase db = server.createDatabase("tsa_selftest")) {
                name = db.name();
                try (Connection c = db.dataSource().getConnection()) {
                    c.createStatement().execute("CREATE TABLE t (id int primary key)");
                    c.createStatement().execute("INSERT INTO t VALUES (1)");
                    ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t");
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            try (Connection admin = server.adminConnection();
                 var st = admin.prepareStatement("SELECT count(*) FROM pg_database WHERE datname = ?")) {
                st.setString(1, name);
                ResultSet rs = st.executeQuery();
                rs.next();
                assertThat(rs.getInt(1)).as("database dropped").isZero();
            }
        }
    }

    @Test
    void theEmbeddedServerWorksWhereNoServerAnswers() throws Exception {
        try (PostgresServer server = PostgresServer.startEmbedded(Path.of(System.getProperty("java.io.tmpdir"), "pg-embedded"))) {
            assertThat(server.isEmbedded()).isTrue();
            try (TestDatabase db = server.createDatabase("tsa_embedded");
                 Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                ResultSet rs = c.createStatement().executeQuery("SHOW server_version");
                rs.next();
                assertThat(rs.getString(1)).isNotBlank();
            }
        }
    }
}
