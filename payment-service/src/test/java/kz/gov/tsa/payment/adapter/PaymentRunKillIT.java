package kz.gov.tsa.payment.adapter;

import kz.gov.tsa.events.Topics;
import kz.gov.tsa.testing.kafka.KafkaBroker;
import kz.gov.tsa.testing.postgres.PostgresServer;
import kz.gov.tsa.testing.postgres.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PAY-04 kill test (failsafe, after the service is packaged): the service runs as a separate JVM over a real
 * PostgreSQL and Kafka, a monthly run over 20 000 families (80 000 member shares) is SIGKILLed part-way, a new JVM of
 * the service resumes it from its cursor, and the result has exactly one line per key and the control totals of an
 * uninterrupted run (every share due, once: per region, the schedule's count and sum).
 */
class PaymentRunKillIT {

    static final int FAMILIES = 20_000;

    TestDatabase db;

    <T> T one(String sql, Class<T> type) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1, type) : null;
        }
    }

    void exec(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    Map<String, String> totals(String sql) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2) + " lines, " + rs.getBigDecimal(3).toPlainString());
            }
        }
        return out;
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    boolean safe(java.util.concurrent.Callable<Boolean> c) {
        try {
            return Boolean.TRUE.equals(c.call());
        } catch (Exception e) {
            return false;
        }
    }

    Process launch(KafkaBroker kafka, Path log) throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertThat(jar).as("the packaged service").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("TSA_DB_URL", db.jdbcUrl());
        env.put("TSA_DB_USER", db.user());
        env.put("TSA_DB_PASSWORD", db.password() == null ? "" : db.password());
        env.put("TSA_KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        env.put("TSA_HTTP_PORT", "0");
        env.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        env.put("TSA_PAYMENT_RUN_CHUNK_FAMILIES", "100");
        env.put("TSA_PAYMENT_RUN_POLL_INTERVAL", "PT0.1S");
        return pb.start();
    }

    @Test
    void PAY04_aRunKilledPartWayIsResumedByTheNextJvmAndEqualsAnUninterruptedRun() throws Exception {
        Path work = Path.of("target", "kill-it");
        Files.createDirectories(work);
        Path log = work.resolve("service.log");
        Files.deleteIfExists(log);
        try (PostgresServer pg = PostgresServer.startOrConnect(work); KafkaBroker kafka = KafkaBroker.start(work)) {
            kafka.createTopics(Topics.ALL);
            db = pg.createDatabase("tsa_kill");
            try {
                Process first = launch(kafka, log);
                await("the first JVM's migrations", Duration.ofSeconds(90),
                        () -> safe(() -> one("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class) > 4
                                && one("SELECT to_regclass('payment_line') IS NOT NULL", Boolean.class)));
                exec("""
                        INSERT INTO assignment (decision_id, family_id, region_code, kind, status, document)
                        SELECT md5('d' || i)::uuid, 'F-' || lpad(to_hex(i), 32, '0'),
                               (ARRAY['110000000','150000000','190000000','230000000'])[1 + i %% 4], 'UNCONDITIONAL',
                               'SCHEDULED', '{}' FROM generate_series(1, %d) i""".formatted(FAMILIES));
                exec("""
                        INSERT INTO entitlement (decision_id, person_key, month, family_id, region_code, masked_iin,
                                                 pay_month, kind, base_amount, amount, rule_ids, contract_id, status)
                        SELECT a.decision_id, md5(a.family_id || m) || md5(m || a.family_id), '2026-01', a.family_id,
                               a.region_code, '9001******26', '2026-01', 'MONTHLY', 10000.00 + m + 0.25, 10000.00 + m + 0.25,
                               'PAY-01,ELIG-12', NULL, 'SCHEDULED'
                        FROM assignment a CROSS JOIN generate_series(1, 4) m""");
                UUID run = UUID.randomUUID();
                // what POST /api/v1/payment-runs writes (StartPaymentRunService), here without a token
                exec("INSERT INTO payment_run (id, month, status, requested_by, started_at, lines_total) VALUES ('" + run
                        + "', '2026-01', 'RUNNING', 'kill-test', now(), " + 4 * FAMILIES + ")");

                await("a quarter of the run", Duration.ofSeconds(120), () -> safe(() -> one(
                        "SELECT lines_done FROM payment_run WHERE id = '" + run + "'", Long.class) >= FAMILIES));
                first.destroyForcibly(); // SIGKILL
                first.waitFor();
                long atKill = one("SELECT count(*) FROM payment_line", Long.class);
                assertThat(one("SELECT status FROM payment_run WHERE id = '" + run + "'", String.class)).isEqualTo("RUNNING");
                assertThat(atKill).as("killed part-way").isGreaterThan(0).isLessThan(4L * FAMILIES);

                Process second = launch(kafka, log);
                try {
                    await("the second JVM to complete the run", Duration.ofSeconds(180),
                            () -> safe(() -> "COMPLETED".equals(one("SELECT status FROM payment_run WHERE id = '" + run + "'",
                                    String.class))));
                } finally {
                    second.destroy();
                    second.waitFor();
                }

                assertThat(one("SELECT count(*) FROM payment_line", Long.class)).isEqualTo(4L * FAMILIES);
                assertThat(one("SELECT count(DISTINCT (family_id, person_key, month, kind, key_month)) FROM payment_line", Long.class)).isEqualTo(4L * FAMILIES);
                assertThat(one("SELECT count(*) FROM (SELECT family_id, person_key, month, kind FROM payment_line "
                        + "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d", Long.class)).isZero();
                // the control totals an uninterrupted run issues: every due share once, per region
                assertThat(totals("SELECT region_code, count(*), sum(amount) FROM payment_line GROUP BY 1"))
                        .isEqualTo(totals("SELECT region_code, count(*), sum(amount) FROM entitlement GROUP BY 1"));
                assertThat(one("SELECT lines_done FROM payment_run WHERE id = '" + run + "'", Long.class))
                        .as("lines counted once (the killed chunk rolled back)").isEqualTo(4L * FAMILIES);
                assertThat(one("SELECT count(*) FROM outbox_event WHERE event_type = 'PaymentRunCompleted'", Long.class))
                        .isEqualTo(1);
                System.out.printf("kill test: killed at %d of %d lines; resumed to %d%n", atKill, 4 * FAMILIES,
                        4 * FAMILIES);
            } finally {
                db.close();
            }
        }
    }
}
