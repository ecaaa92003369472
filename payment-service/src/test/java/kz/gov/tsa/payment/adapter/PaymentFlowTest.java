package kz.gov.tsa.payment.adapter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.contract.ContractMemberRef;
import kz.gov.tsa.events.contract.ContractSigned;
import kz.gov.tsa.events.contract.ContractTerminated;
import kz.gov.tsa.events.contract.SanctionApplied;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.payment.adapter.in.scheduling.PaymentRunWorker;
import kz.gov.tsa.payment.application.port.in.ProcessPaymentRunUseCase;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import kz.gov.tsa.testing.persons.TestIins;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Decision and contract events on the real topics → the inbox → assignments and schedules in PostgreSQL → payment
 * runs over REST (real signed tokens) in background chunks → payment lines with their traces, exactly once.
 */
@QuarkusTest
class PaymentFlowTest {

    static final String OPERATOR = TestTokens.bearer("operator1", "operator");
    static final String AUDITOR = TestTokens.bearer("auditor1", "auditor");

    static KafkaProducer<String, String> producer;

    @Inject
    ObjectMapper json;
    @Inject
    AuditTrail audit;
    @Inject
    DataSource dataSource;
    @Inject
    PaymentRunWorker worker;
    @Inject
    ProcessPaymentRunUseCase process;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    /** One family: its id, members (person key → masked IIN) and the events' ids. */
    record Family(String id, UUID decisionId, UUID applicationId, UUID contractId, Map<String, String> keys) {
        ContractMemberRef ref(String label) {
            return new ContractMemberRef(keys.get(label), "9001******26");
        }
    }

    static String hex64() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    static Family family(String... labels) {
        Map<String, String> keys = new HashMap<>();
        for (String l : labels) {
            keys.put(l, hex64());
        }
        return new Family("F-" + UUID.randomUUID().toString().replace("-", ""), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), keys);
    }

    void send(String topic, Object payload, String familyId, UUID eventId, UUID correlation, List<String> rules)
            throws Exception {
        var e = EventEnvelope.of(payload, familyId, correlation, null, Instant.now(), rules);
        e = new EventEnvelope<>(eventId, e.type(), e.version(), e.occurredAt(), e.familyId(), e.correlationId(), null,
                e.ruleIds(), e.payload());
        producer.send(new ProducerRecord<>(topic, familyId, json.writeValueAsString(e))).get();
    }

    EligibilityDecided decided(Family f, String kind, String region, String from, String to, String mode,
                               Map<String, String> shares, Map<String, Boolean> ableBodied) {
        List<EligibilityDecided.Member> members = new ArrayList<>();
        String total = shares.values().stream().map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2).toPlainString();
        shares.forEach((label, share) -> members.add(new EligibilityDecided.Member(
                TestIins.man("1986-05-04"), LocalDate.of(1986, 5, 4), "MEMBER", share, ableBodied.getOrDefault(label, true),
                "NONE", false, false, List.of(), "UNEMPLOYED", LocalDate.of(2004, 5, 4), LocalDate.of(2009, 5, 4),
                f.keys().get(label))));
        return new EligibilityDecided(f.decisionId(), f.applicationId(), f.id(), region, "2026-Q1", kind, null,
                "10000.00", "30000.00", total, from, to, Instant.parse("2026-01-05T05:00:00Z"),
                Instant.parse("2026-01-06T05:00:00Z"), members, mode);
    }

    void awaitAudit(String entity, String id, int records) throws InterruptedException {
        for (int i = 0; i < 150 && audit.forEntity(entity, id).size() < records; i++) {
            Thread.sleep(100);
        }
        assertThat(audit.forEntity(entity, id)).hasSize(records);
    }

    static String startRun(String month) {
        return given().header("Authorization", OPERATOR).contentType(ContentType.JSON)
                .body("{\"month\":\"" + month + "\"}").post("/api/v1/payment-runs")
                .then().statusCode(202).body("status", equalTo("RUNNING")).extract().path("id");
    }

    static JsonPath awaitRun(String id) throws InterruptedException {
        JsonPath run = null;
        for (int i = 0; i < 200; i++) {
            run = given().header("Authorization", AUDITOR).get("/api/v1/payment-runs/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if ("COMPLETED".equals(run.getString("status"))) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not complete: " + run.prettify());
    }

    static JsonPath history(String familyId) {
        return given().header("Authorization", AUDITOR).get("/api/v1/families/" + familyId + "/payments")
                .then().statusCode(200).extract().jsonPath();
    }

    long count(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void PAY01_PAY02_PAY04_eventsDeliveredTwiceAndRunsStartedTwicePayEachShareOnceAndTheSanctionMonthHalves()
            throws Exception {
        Family u = family("parent", "child");
        Family c = family("aged17", "aged19", "student22", "student24", "aged40");
        UUID decidedEvent = UUID.randomUUID();
        var uDecided = decided(u, "UNCONDITIONAL", "590000000", "2026-01", "2026-03", "MONTHLY",
                Map.of("parent", "20000.00", "child", "10000.00"), Map.of("child", false));
        send("tsa.eligibility.v1", uDecided, u.id(), decidedEvent, u.decisionId(), List.of("ELIG-12"));
        send("tsa.eligibility.v1", uDecided, u.id(), decidedEvent, u.decisionId(), List.of("ELIG-12")); // redelivery
        send("tsa.eligibility.v1", uDecided, u.id(), UUID.randomUUID(), u.decisionId(), List.of("ELIG-12")); // replay

        Map<String, String> shares = new java.util.LinkedHashMap<>();
        c.keys().keySet().forEach(k -> shares.put(k, "10000.55"));
        send("tsa.eligibility.v1", decided(c, "CONDITIONAL", "590000000", "2026-01", "2026-06", null, shares,
                Map.of("aged17", false)), c.id(), UUID.randomUUID(), c.decisionId(), List.of("ELIG-13"));
        var signed = new ContractSigned(c.contractId(), c.decisionId(), c.applicationId(), c.id(), "590000000",
                LocalDate.of(2026, 1, 8), 6, LocalDate.of(2026, 7, 7), "2026-01", "2026-06", "assistant1",
                "consultant1", List.of(), Instant.now());
        UUID signedEvent = UUID.randomUUID();
        send("tsa.contracts.v1", signed, c.id(), signedEvent, c.decisionId(), List.of("CON-03", "CON-04"));
        send("tsa.contracts.v1", signed, c.id(), signedEvent, c.decisionId(), List.of("CON-03", "CON-04"));
        send("tsa.contracts.v1", new SanctionApplied(c.contractId(), c.decisionId(), c.id(), UUID.randomUUID(),
                "2026-02", 50, List.of(c.ref("aged19"), c.ref("student24"), c.ref("aged40")),
                List.of(c.ref("aged17"), c.ref("student22")), Instant.now()), c.id(), UUID.randomUUID(),
                c.decisionId(), List.of("CON-07"));
        awaitAudit("Assignment", u.decisionId().toString(), 1);
        awaitAudit("Assignment", c.decisionId().toString(), 3);

        // two runs of one month at once: the second is a 409 PAY-04 while the first runs
        worker.pause();
        String january;
        try {
            january = startRun("2026-01");
            given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"month\":\"2026-01\"}")
                    .post("/api/v1/payment-runs").then().statusCode(409)
                    .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                    .body("ruleId", equalTo("PAY-04"));
            // a part of the run, then "the service is killed": the worker resumes the RUNNING run from its cursor
            process.processNextChunk(UUID.fromString(january), 1);
        } finally {
            worker.resume();
        }
        awaitRun(january);
        awaitRun(startRun("2026-01")); // started again: nothing more
        awaitRun(startRun("2026-02"));
        awaitRun(startRun("2026-02"));

        JsonPath uh = history(u.id());
        assertThat(uh.getList("items.month")).containsExactlyInAnyOrder("2026-01", "2026-01", "2026-02", "2026-02");
        assertThat(uh.getString("total")).isEqualTo("60000.00");
        assertThat(uh.getList("items.trace.ruleIds", List.class)).allSatisfy(r -> assertThat(r).contains("PAY-01", "ELIG-12"));
        assertThat(uh.getList("items.trace.decisionId")).containsOnly(u.decisionId().toString());

        JsonPath ch = history(c.id());
        assertThat(ch.getInt("lines")).isEqualTo(10);
        Map<String, String> february = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            if ("2026-02".equals(ch.getString("items[" + i + "].month"))) {
                february.put(ch.getString("items[" + i + "].personKey"), ch.getString("items[" + i + "].amount"));
                assertThat(ch.getString("items[" + i + "].trace.contractId")).isEqualTo(c.contractId().toString());
            }
        }
        assertThat(february).containsEntry(c.keys().get("aged19"), "5000.28").containsEntry(c.keys().get("aged40"), "5000.28")
                .containsEntry(c.keys().get("student24"), "5000.28").containsEntry(c.keys().get("aged17"), "10000.55")
                .containsEntry(c.keys().get("student22"), "10000.55");

        // exactly one line per key in the table, and a paid line cannot change
        assertThat(count("SELECT count(*) - count(DISTINCT (family_id, person_key, month, kind, key_month)) FROM payment_line")).isZero();
        assertThat(count("SELECT count(*) FROM payment_line WHERE family_id IN (?, ?)", u.id(), c.id())).isEqualTo(14);
        assertThatThrownBy(() -> count("WITH x AS (UPDATE payment_line SET amount = 0 WHERE family_id = ? RETURNING 1) "
                + "SELECT count(*) FROM x", u.id())).hasStackTraceContaining("append-only");
        // PaymentRunCompleted for every run through the outbox, with its control totals
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_type = 'PaymentRunCompleted' "
                + "AND payload->'payload'->>'runId' = ?", january)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_type = 'PaymentRunCompleted' "
                + "AND msg_key = 'payment-run:2026-01'")).isGreaterThanOrEqualTo(2);
        assertThat(audit.forEntity("PaymentRun", january)).extracting(e -> e.action())
                .containsExactly("PAYMENT_RUN_STARTED", "PAYMENT_RUN_COMPLETED");
    }

    @Test
    void PAY03_CON08_aLateSanctionIsAnAdjustmentAndATerminationKeepsMinorsAndStudents() throws Exception {
        Family t = family("aged17", "aged19", "student22", "student24", "aged40");
        Map<String, String> shares = new java.util.LinkedHashMap<>();
        t.keys().keySet().forEach(k -> shares.put(k, "10000.55"));
        send("tsa.eligibility.v1", decided(t, "CONDITIONAL", "270000000", "2026-04", "2026-09", "MONTHLY", shares,
                Map.of("aged17", false)), t.id(), UUID.randomUUID(), t.decisionId(), List.of("ELIG-13"));
        send("tsa.contracts.v1", new ContractSigned(t.contractId(), t.decisionId(), t.applicationId(), t.id(),
                "270000000", LocalDate.of(2026, 4, 2), 6, LocalDate.of(2026, 10, 1), "2026-04", "2026-09", "a", "c",
                List.of(), Instant.now()), t.id(), UUID.randomUUID(), t.decisionId(), List.of("CON-04"));
        awaitAudit("Assignment", t.decisionId().toString(), 2);
        awaitRun(startRun("2026-04"));
        assertThat(history(t.id()).getInt("lines")).isEqualTo(5);

        // the sanction for April arrives after April was paid → adjustments in May; the April lines stay
        send("tsa.contracts.v1", new SanctionApplied(t.contractId(), t.decisionId(), t.id(), UUID.randomUUID(),
                "2026-04", 50, List.of(t.ref("aged19"), t.ref("student24"), t.ref("aged40")), List.of(), Instant.now()),
                t.id(), UUID.randomUUID(), t.decisionId(), List.of("CON-07"));
        send("tsa.contracts.v1", new ContractTerminated(t.contractId(), t.decisionId(), t.id(), "REPEAT_BREACH",
                "CON-08", LocalDate.of(2026, 5, 20), "2026-06", UUID.randomUUID(), "left the social job",
                List.of(t.ref("aged17"), t.ref("student22")),
                List.of(t.ref("aged19"), t.ref("student24"), t.ref("aged40")), Instant.now()),
                t.id(), UUID.randomUUID(), t.decisionId(), List.of("CON-08"));
        awaitAudit("Assignment", t.decisionId().toString(), 4);
        awaitRun(startRun("2026-05"));
        String june = startRun("2026-06");
        JsonPath juneRun = awaitRun(june);
        assertThat(juneRun.getList("regions.regionCode")).contains("270000000");

        JsonPath h = history(t.id());
        List<Map<String, Object>> items = h.getList("items");
        assertThat(items.stream().filter(i -> "ADJUSTMENT".equals(i.get("kind"))))
                .hasSize(3).allSatisfy(i -> {
                    assertThat(i.get("month")).isEqualTo("2026-04");
                    assertThat(i.get("amount")).isEqualTo("-5000.27");
                    assertThat(i.get("runMonth")).isEqualTo("2026-05");
                });
        assertThat(items.stream().filter(i -> "2026-04".equals(i.get("month")) && "MONTHLY".equals(i.get("kind")))
                .map(i -> i.get("amount"))).containsOnly("10000.55").hasSize(5);
        assertThat(items.stream().filter(i -> "2026-06".equals(i.get("month"))).map(i -> i.get("personKey")))
                .containsExactlyInAnyOrder(t.keys().get("aged17"), t.keys().get("student22"));

        // akimat totals: own region only; another region a 403
        given().header("Authorization", TestTokens.bearerWithClaims("akimat1", Map.of("region", "270000000"), "akimat"))
                .queryParam("month", "2026-05").get("/api/v1/payment-totals")
                .then().statusCode(200).body("regions.regionCode", org.hamcrest.Matchers.everyItem(equalTo("270000000")));
        given().header("Authorization", TestTokens.bearerWithClaims("akimat1", Map.of("region", "270000000"), "akimat"))
                .queryParam("month", "2026-05").queryParam("regionCode", "750000000").get("/api/v1/payment-totals")
                .then().statusCode(403);
    }

    @Test
    void CON06_aRevocationAfterPaymentIsARecoveryRecordAndCancelsTheMonthsNotPaid() throws Exception {
        Family r = family("parent", "child");
        send("tsa.eligibility.v1", new kz.gov.tsa.events.eligibility.ApplicationReceived(r.applicationId(), r.id(),
                "430000000", "2026-Q3", 2, "OPERATOR", Instant.now()), r.id(), UUID.randomUUID(), r.applicationId(),
                List.of("ELIG-10"));
        awaitAudit("PendingApplication", r.applicationId().toString(), 1);
        send("tsa.eligibility.v1", decided(r, "UNCONDITIONAL", "430000000", "2026-07", "2026-09", "MONTHLY",
                Map.of("parent", "20000.00", "child", "10000.00"), Map.of()), r.id(), UUID.randomUUID(),
                r.decisionId(), List.of("ELIG-12"));
        awaitAudit("Assignment", r.decisionId().toString(), 1);
        // decided: no longer pending
        given().header("Authorization", OPERATOR).get("/api/v1/pipeline/applications/" + r.applicationId())
                .then().statusCode(404);
        awaitRun(startRun("2026-07"));
        send("tsa.eligibility.v1", new AssignmentRevoked(r.decisionId(), r.applicationId(), r.id(), "undeclared wages",
                "operator1", Instant.now()), r.id(), UUID.randomUUID(), r.decisionId(), List.of("CON-06"));
        awaitAudit("Assignment", r.decisionId().toString(), 2);
        awaitRun(startRun("2026-08"));

        assertThat(history(r.id()).getList("items.month")).containsOnly("2026-07").hasSize(2);
        given().header("Authorization", AUDITOR).queryParam("familyId", r.id()).get("/api/v1/recoveries")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].amount", equalTo("30000.00"))
                .body("[0].months", equalTo(List.of("2026-07"))).body("[0].ruleId", equalTo("CON-06"))
                .body("[0].reason", equalTo("undeclared wages"));
        given().header("Authorization", TestTokens.bearerWithClaims("operator2", Map.of("region", "750000000"),
                "operator")).queryParam("familyId", r.id()).get("/api/v1/recoveries")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void theRunApiRefusesWhatItMust() {
        given().contentType(ContentType.JSON).body("{\"month\":\"2026-01\"}").post("/api/v1/payment-runs")
                .then().statusCode(401);
        given().header("Authorization", AUDITOR).contentType(ContentType.JSON).body("{\"month\":\"2026-01\"}")
                .post("/api/v1/payment-runs").then().statusCode(403);
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"month\":\"2026-13\"}")
                .post("/api/v1/payment-runs").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().header("Authorization", OPERATOR).contentType(ContentType.JSON).body("{\"month\":\"2030-01\"}")
                .post("/api/v1/payment-runs").then().statusCode(422).body("ruleId", equalTo("PAY-01"));
        given().header("Authorization", TestTokens.bearerWithClaims("operator2", Map.of("region", "750000000"),
                "operator")).contentType(ContentType.JSON).body("{\"month\":\"2026-01\"}")
                .post("/api/v1/payment-runs").then().statusCode(403);
        given().header("Authorization", AUDITOR).get("/api/v1/payment-runs/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", AUDITOR).get("/api/v1/families/F-nobody/payments").then().statusCode(404);
        given().header("Authorization", AUDITOR).queryParam("month", "2026-1").get("/api/v1/payment-totals")
                .then().statusCode(400);
    }
}
