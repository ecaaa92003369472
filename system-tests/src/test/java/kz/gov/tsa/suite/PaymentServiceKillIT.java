package kz.gov.tsa.suite;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.suite.SharedSuite.currentQuarter;
import static kz.gov.tsa.suite.SharedSuite.eventually;
import static kz.gov.tsa.suite.SharedSuite.suite;
import static kz.gov.tsa.suite.SharedSuite.today;
import static kz.gov.tsa.suite.SharedSuite.token;
import static kz.gov.tsa.suite.SharedSuite.url;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test (issue "System tests" §3, PAY-04; D-84): the payment-service JVM is SIGKILLed in the middle of a monthly
 * run, started again, and resumes the run; through the public API only — the run summary, each family's history, the
 * month's totals and the region's register — every family has exactly one line per key and the control totals equal
 * what an uninterrupted run issues. The families are the test's own, in a region no other system test uses
 * (Karaganda Region). {@code -Dtsa.kill.families=N} sets how many (default 300); the run is made slow enough to be
 * hit part-way by starting the killed JVM with one family per chunk (one transaction each).
 */
@ExtendWith(SharedSuite.class)
class PaymentServiceKillIT {

    private static final Logger LOG = Logger.getLogger(PaymentServiceKillIT.class.getName());

    static final String KARAGANDA = "350000000";

    record Family(String familyId, String applicationId, BigDecimal monthly) {
    }

    @BeforeAll
    static void aPovertyLineForTheCurrentQuarter() {
        String path = "/api/v1/reference/poverty-lines/" + KARAGANDA + "/" + currentQuarter();
        if (given().header("Authorization", token("admin1")).get(url(Suite.Service.ELIGIBILITY, path)).statusCode() != 200) {
            given().header("Authorization", token("admin1")).contentType(ContentType.JSON).body("""
                    {"amount": %s, "source": "SYSTEM TEST figure (70 %% of the 2026 national subsistence minimum); not an official publication",
                     "reason": "system tests decide applications of the current quarter"}""".formatted(FamilyJourneysIT.POVERTY_LINE))
                    .put(url(Suite.Service.ELIGIBILITY, path)).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
    }

    /** A mother caring for her child under 7 (ELIG-07 (1)), no income: unconditional, monthly for the quarter. */
    static Family decideOne(int i, String operator, String commission) {
        LocalDate mother = LocalDate.of(1984, 1, 1).plusDays(i % 4000);
        LocalDate child = LocalDate.of(2021, 1, 1).plusDays(i % 1400);
        String body = """
                {"regionCode": "%s", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "%s", "relation": "APPLICANT", "residency": "CITIZEN",
                   "careDuties": ["CHILD_UNDER_7"]},
                  {"iin": "%s", "birthDate": "%s", "relation": "CHILD", "residency": "CITIZEN"}]}"""
                .formatted(KARAGANDA, currentQuarter(), TestIins.next(mother, false), mother,
                        TestIins.next(child, i % 2 == 0), child);
        String id = given().header("Authorization", operator).contentType(ContentType.JSON).body(body)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications")).then().statusCode(201).extract().path("id");
        given().header("Authorization", commission).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": true, \"notes\": \"home visit: facts as declared\"}")
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/commission-conclusion"))
                .then().statusCode(200);
        Response d = given().header("Authorization", operator)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/decision"))
                .then().statusCode(201).extract().response();
        assertThat(d.jsonPath().getString("kind")).as(d.asString()).isEqualTo("UNCONDITIONAL");
        return new Family(d.jsonPath().getString("familyId"), id, new BigDecimal(d.jsonPath().getString("monthlyAmount")));
    }

    static Response run(String runUrl) {
        return given().header("Authorization", token("operator1")).get(runUrl);
    }

    @Test
    void PAY04_paymentServiceKilledMidRunResumesItAndEveryFamilyHasOneLinePerKey() throws Exception {
        int n = Integer.getInteger("tsa.kill.families", 300);
        YearMonth month = YearMonth.from(today());
        int monthsDue = (today().getMonthValue() - 1) % 3 + 1; // the quarter's months up to this one (ELIG-12)

        // n families decided through eligibility, 4 at a time
        String operator = token("operator1");
        String commission = token("commission1");
        List<Family> families = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Family>> work = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                work.add(pool.submit(() -> decideOne(k, operator, commission)));
            }
            for (Future<Family> f : work) {
                families.add(f.get());
            }
        }
        BigDecimal expectedTotal = families.stream().map(f -> f.monthly().multiply(BigDecimal.valueOf(monthsDue)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        long expectedLines = 2L * monthsDue * n;
        // payment-service has every decision (a decided application leaves its pipeline, D-58)
        for (Family f : families) {
            FamilyJourneysIT.awaitDecisionInPayment(f.applicationId());
        }

        ServiceProcess payment = suite().service(Suite.Service.PAYMENT);
        try {
            // the JVM to be killed works one family per transaction, so the run lasts long enough to be hit part-way
            payment.close();
            payment.start(Map.of("TSA_PAYMENT_RUN_CHUNK_FAMILIES", "1", "TSA_PAYMENT_RUN_POLL_INTERVAL", "PT0.2S"));
            payment.awaitReady(Duration.ofSeconds(180));

            Response started = given().header("Authorization", token("operator1")).contentType(ContentType.JSON)
                    .body("{\"month\": \"" + month + "\"}").post(url(Suite.Service.PAYMENT, "/api/v1/payment-runs"));
            assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
            String runUrl = started.header("Location");
            String runToken = token("operator1");
            Response seen = given().header("Authorization", runToken).get(runUrl);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline && "RUNNING".equals(seen.jsonPath().getString("status"))
                    && seen.jsonPath().getLong("linesDone") < Math.max(1, seen.jsonPath().getLong("linesTotal") / 4)) {
                Thread.sleep(20);
                seen = given().header("Authorization", runToken).get(runUrl);
            }
            assertThat(seen.jsonPath().getString("status")).as("still running when killed (else raise tsa.kill.families): "
                    + seen.asString()).isEqualTo("RUNNING");
            long doneAtKill = seen.jsonPath().getLong("linesDone");
            long total = seen.jsonPath().getLong("linesTotal");
            payment.crash(); // SIGKILL
            assertThat(payment.isAlive()).isFalse();
            assertThat(doneAtKill).as("killed part-way").isPositive().isLessThan(total);
            LOG.info(() -> "payment-service SIGKILLed at %d of %d lines".formatted(doneAtKill, total));

            // a new JVM (the ordinary settings) finds the RUNNING run and resumes it from its cursor
            payment.start(Map.of());
            payment.awaitReady(Duration.ofSeconds(180));
            Response completed = eventually(() -> run(runUrl),
                    r -> r.statusCode() == 200 && "COMPLETED".equals(r.jsonPath().getString("status")), Duration.ofSeconds(180));
            assertThat(completed.jsonPath().getString("status")).as(completed.asString()).isEqualTo("COMPLETED");
            assertThat(completed.jsonPath().getLong("linesDone")).as("lines counted once (the killed chunk rolled back)")
                    .isEqualTo(completed.jsonPath().getLong("linesTotal")).isEqualTo(total);
            Map<String, Object> region = completed.jsonPath().getMap("regions.find { it.regionCode == '" + KARAGANDA + "' }");
            assertThat(region).as(completed.asString()).isNotNull();
            assertThat(((Number) region.get("lines")).longValue()).isEqualTo(expectedLines);
            assertThat(((Number) region.get("families")).longValue()).isEqualTo(n);
            assertThat(new BigDecimal((String) region.get("total"))).isEqualByComparingTo(expectedTotal);
        } finally {
            if (!payment.isAlive()) {
                payment.start(Map.of());
                payment.awaitReady(Duration.ofSeconds(180));
            }
        }

        // the month's totals of the region: exactly what an uninterrupted run issues
        Response totals = given().header("Authorization", token("auditor1")).queryParam("month", month.toString())
                .queryParam("regionCode", KARAGANDA).get(url(Suite.Service.PAYMENT, "/api/v1/payment-totals"));
        assertThat(totals.statusCode()).as(totals.asString()).isEqualTo(200);
        assertThat(totals.jsonPath().getLong("lines")).isEqualTo(expectedLines);
        assertThat(new BigDecimal(totals.jsonPath().getString("total"))).isEqualByComparingTo(expectedTotal);

        // each family: one line per key, the shares of every month due, once
        String reader = token("auditor1");
        for (Family f : families) {
            Response h = given().header("Authorization", reader)
                    .get(url(Suite.Service.PAYMENT, "/api/v1/families/" + f.familyId() + "/payments"));
            List<String> keys = h.jsonPath().getList("items.idempotencyKey", String.class);
            assertThat(keys).as(f.familyId() + ": " + h.asString()).hasSize(2 * monthsDue);
            assertThat(new HashSet<>(keys)).as("no key twice").hasSize(keys.size());
            assertThat(FamilyJourneysIT.sum(h)).isEqualByComparingTo(f.monthly().multiply(BigDecimal.valueOf(monthsDue)));
        }

        // the region's register: its header's count and total are its transfers' (one per member); over them every
        // family is there once with all its lines and its amount
        String csv = given().header("Authorization", reader).queryParam("regionCode", KARAGANDA)
                .get(url(Suite.Service.PAYMENT, "/api/v1/registers/" + month + "/csv")).then().statusCode(200)
                .extract().asString();
        List<String[]> rows = csv.lines().skip(2).filter(l -> !l.isBlank()).map(l -> l.split(";")).toList();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(";count=" + rows.size() + ";")
                .endsWith(";total=" + expectedTotal.setScale(2).toPlainString());
        Map<String, List<String[]>> byFamily = rows.stream().collect(java.util.stream.Collectors.groupingBy(r -> r[1]));
        assertThat(byFamily).hasSize(n);
        for (Family f : families) {
            List<String[]> transfers = byFamily.get(f.familyId());
            assertThat(transfers).as(f.familyId()).isNotNull();
            assertThat(transfers.stream().mapToLong(r -> Long.parseLong(r[5])).sum()).isEqualTo(2L * monthsDue);
            assertThat(transfers.stream().map(r -> new BigDecimal(r[4])).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(f.monthly().multiply(BigDecimal.valueOf(monthsDue)));
        }

        // a second run of the month issues nothing again (PAY-04)
        FamilyJourneysIT.payMonth(month);
        Response again = given().header("Authorization", token("auditor1")).queryParam("month", month.toString())
                .queryParam("regionCode", KARAGANDA).get(url(Suite.Service.PAYMENT, "/api/v1/payment-totals"));
        assertThat(again.jsonPath().getLong("lines")).isEqualTo(expectedLines);
    }
}
