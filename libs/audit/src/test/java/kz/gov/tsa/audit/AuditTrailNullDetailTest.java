package kz.gov.tsa.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** D-91: a detail without a value goes into the audit table as JSON null and comes back as null. */
class AuditTrailNullDetailTest {

    static PostgresServer server;
    static TestDatabase db;

    @BeforeAll
    static void start() throws Exception {
        server = PostgresServer.startOrConnect(Path.of(System.getProperty("java.io.tmpdir"), "pg"));
        db = server.createDatabase("tsa_audit_null_detail");
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().execute(Files.readString(Path.of("src/main/resources/db/audit/V0_100__audit_log.sql")));
        }
    }

    @AfterAll
    static void stop() {
        db.close();
        server.close();
    }

    @Test
    void D91_aDetailWithoutValueIsStoredAsJsonNullAndReadBack_evenWithAMapperThatDropsNulls() throws Exception {
        ObjectMapper dropsNulls = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        AuditTrail trail = new AuditTrail(db.dataSource(), dropsNulls);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("region", "750000000");
        details.put("previousRegion", null);

        trail.record("admin1", "FIGURE_PUBLISHED", "RegionalFigure", "rf-1", "publication", details);

        try (Connection c = db.dataSource().getConnection()) {
            var rs = c.createStatement().executeQuery("SELECT details::text FROM audit_log WHERE entity_id = 'rf-1'");
            rs.next();
            assertThat(rs.getString(1)).contains("\"previousRegion\": null");
        }
        assertThat(trail.forEntity("RegionalFigure", "rf-1")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("previousRegion", null)
                        .containsEntry("region", "750000000"));
    }
}
