package kz.gov.tsa.suite;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.suite.SharedSuite.currentQuarter;
import static kz.gov.tsa.suite.SharedSuite.eventually;
import static kz.gov.tsa.suite.SharedSuite.today;
import static kz.gov.tsa.suite.SharedSuite.token;
import static kz.gov.tsa.suite.SharedSuite.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Family journeys across the separate service JVMs (issue "System tests" §2), driven only through the public HTTP
 * APIs with real Keycloak tokens: every service's view of the family is asserted. Grown as each service lands —
 * the payment-service and employment-registry legs are added with those services.
 */
@ExtendWith(SharedSuite.class)
class FamilyJourneysIT {

    static final String ASTANA = "710000000";

    /** The poverty line the journeys' quarter is decided against (published once through the API as admin1). */
    static final String POVERTY_LINE = "35595.70";

    @BeforeAll
    static void aPovertyLineForTheCurrentQuarter() {
        // From 2025 the line needs the regional median income (AMD-01), which has no public source: like the local
        // run, the test publishes one through the reference API, marked as a system-test figure.
        String path = "/api/v1/reference/poverty-lines/" + ASTANA + "/" + currentQuarter();
        if (given().header("Authorization", token("admin1")).get(url(Suite.Service.ELIGIBILITY, path)).statusCode() != 200) {
            given().header("Authorization", token("admin1")).contentType(ContentType.JSON).body("""
                    {"amount": %s, "source": "SYSTEM TEST figure (70 %% of the 2026 national subsistence minimum); not an official publication",
                     "reason": "system tests decide applications of the current quarter"}""".formatted(POVERTY_LINE))
                    .put(url(Suite.Service.ELIGIBILITY, path)).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        }
    }

    /** The three months before the current quarter (ELIG-03's income period). */
    static List<YearMonth> incomeMonths() {
        YearMonth first = YearMonth.from(today()).minusMonths((today().getMonthValue() - 1) % 3 + 3);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    /**
     * A father of working age without care duties (so the help is conditional, ELIG-07) and his child of 11; the
     * father's monthly wages over the income period are {@code wages}.
     */
    static String family(String fatherIin, String childIin, String wages) {
        return family(fatherIin, "1986-03-14", childIin, wages);
    }

    static String family(String applicantIin, String applicantBirthDate, String childIin, String wages) {
        List<YearMonth> months = incomeMonths();
        String incomes = wages == null ? "" : """
                , "employment": "EMPLOYED", "incomes": [{"month": "%s", "kind": "WAGES", "amount": %s},
                  {"month": "%s", "kind": "WAGES", "amount": %s}, {"month": "%s", "kind": "WAGES", "amount": %s}]"""
                .formatted(months.get(0), wages, months.get(1), wages, months.get(2), wages);
        return """
                {"regionCode": "%s", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "%s", "relation": "APPLICANT", "residency": "CITIZEN"%s},
                  {"iin": "%s", "birthDate": "2015-09-01", "relation": "CHILD", "residency": "CITIZEN"}]}
                """.formatted(ASTANA, currentQuarter(), applicantIin, applicantBirthDate, incomes, childIin);
    }

    /** Submits, concludes (commission1) and decides (operator1); returns the decision. */
    static Response decide(String body) {
        String id = given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body(body)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications")).then().statusCode(201).extract().path("id");
        given().header("Authorization", token("commission1")).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": true, \"notes\": \"home visit: facts as declared\"}")
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/commission-conclusion"))
                .then().statusCode(200);
        return given().header("Authorization", token("operator1")).header("Accept-Language", "en")
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/decision"))
                .then().statusCode(201).extract().response();
    }

    static Response contracts(String familyId) {
        return given().header("Authorization", token("operator1")).queryParam("familyId", familyId)
                .get(url(Suite.Service.CONTRACT, "/api/v1/contracts"));
    }


    /** Runs the payment run of {@code month} to its end (PAY-04) and returns the completed run. */
    static Response payMonth(YearMonth month) throws InterruptedException {
        Response started = null;
        for (int i = 0; i < 60; i++) {
            started = given().header("Authorization", token("operator1")).contentType(ContentType.JSON)
                    .body("{\"month\": \"" + month + "\"}").post(url(Suite.Service.PAYMENT, "/api/v1/payment-runs"));
            if (started.statusCode() != 409) {
                break;
            }
            Thread.sleep(1_000); // another run of the month is still running
        }
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        String runUrl = started.header("Location");
        Response run = eventually(() -> given().header("Authorization", token("operator1")).get(runUrl),
                r -> r.statusCode() == 200 && "COMPLETED".equals(r.jsonPath().getString("status")), Duration.ofSeconds(120));
        assertThat(run.jsonPath().getString("status")).as(run.asString()).isEqualTo("COMPLETED");
        return run;
    }

    static Response payments(String familyId) {
        return given().header("Authorization", token("operator1"))
                .get(url(Suite.Service.PAYMENT, "/api/v1/families/" + familyId + "/payments"));
    }

    /** Waits until payment-service has consumed the decision (a decided application leaves its pipeline, D-58). */
    static void awaitDecisionInPayment(String applicationId) throws InterruptedException {
        Response r = eventually(() -> given().header("Authorization", token("operator1"))
                        .get(url(Suite.Service.PAYMENT, "/api/v1/pipeline/applications/" + applicationId)),
                x -> x.statusCode() == 404, Duration.ofSeconds(60));
        assertThat(r.statusCode()).as("the decided application left payment-service's pipeline").isEqualTo(404);
    }

    static java.math.BigDecimal sum(Response history) {
        return history.jsonPath().getList("items.amount", String.class).stream().map(java.math.BigDecimal::new)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    @Test
    void anUnconditionalFamilyIsScheduledForItsQuarterAndTheMonthlyRunPaysEachShareOnce() throws Exception {
        // a mother caring for her child of 4 (ELIG-07 (1)): unconditional, monthly for the quarter (ELIG-12)
        String body = """
                {"regionCode": "%s", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "1990-06-20", "relation": "APPLICANT", "residency": "CITIZEN",
                   "careDuties": ["CHILD_UNDER_7"]},
                  {"iin": "%s", "birthDate": "2022-01-10", "relation": "CHILD", "residency": "CITIZEN"}]}"""
                .formatted(ASTANA, currentQuarter(), TestIins.woman("1990-06-20"), TestIins.man("2022-01-10"));
        Response decision = decide(body);
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("UNCONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");
        java.math.BigDecimal monthly = new java.math.BigDecimal(decision.jsonPath().getString("monthlyAmount"));
        awaitDecisionInPayment(decision.jsonPath().getString("applicationId"));

        YearMonth month = YearMonth.from(today());
        int monthsDue = (today().getMonthValue() - 1) % 3 + 1; // the quarter's months up to this one
        payMonth(month);
        Response history = payments(familyId);
        history.then().statusCode(200);
        assertThat(history.jsonPath().getList("items")).as(history.asString()).hasSize(2 * monthsDue);
        assertThat(sum(history)).isEqualByComparingTo(monthly.multiply(java.math.BigDecimal.valueOf(monthsDue)));
        assertThat(history.jsonPath().getList("items.trace.decisionId", String.class))
                .containsOnly(decision.jsonPath().getString("id"));
        assertThat(history.jsonPath().getList("items.trace.ruleIds").toString()).contains("PAY-01");
        // a second run of the month issues nothing again (PAY-04)
        payMonth(month);
        assertThat(payments(familyId).jsonPath().getList("items")).hasSize(2 * monthsDue);
    }

    @Test
    void aConditionalFamilyGetsAContractDraftAndSignsItWithinTheDeadline() throws Exception {
        String father = TestIins.man("1986-03-14");
        Response decision = decide(family(father, TestIins.woman("2015-09-01"), null));
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("CONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");

        // eligibility → tsa.eligibility.v1 → contract-service: one draft (CON-01), deadline 3 working days (CON-03)
        Response drafts = eventually(() -> contracts(familyId), r -> r.statusCode() == 200
                && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60));
        assertThat(drafts.jsonPath().getList("$")).as(SharedSuite.suite().service(Suite.Service.CONTRACT).tail())
                .hasSize(1);
        Map<String, Object> draft = drafts.jsonPath().getMap("[0]");
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(draft.get("decisionId")).isEqualTo(decision.jsonPath().getString("id"));
        assertThat(java.time.LocalDate.parse((String) draft.get("signingDeadline"))).isAfter(today());
        String contractId = (String) draft.get("id");
        String fatherKey = drafts.jsonPath().getString("[0].members.find { it.relation == 'APPLICANT' }.personKey");
        assertThat(fatherKey).as(drafts.asString()).matches("[0-9a-f]{64}");

        // the plan (CON-02) and the signature (CON-03) → SIGNED with the CON-04 term
        given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "kind": "SOCIAL_JOB", "domain": "SOCIAL", "description": "social job at the akimat",
                 "dueDate": "%s"}""".formatted(fatherKey, today().plusMonths(3)))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/plan/activities"))
                .then().statusCode(200);
        given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"signedOn": "%s", "signatory": "%s", "assistant": "assistant1", "consultant": "consultant1"}"""
                .formatted(today(), fatherKey))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/signature"))
                .then().statusCode(200).body("status", equalTo("SIGNED"))
                .body("termEnd", equalTo(today().plusMonths(6).minusDays(1).toString()));
        // the auditor sees the same contract; a second draft never appeared
        given().header("Authorization", token("auditor1")).get(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId))
                .then().statusCode(200).body("status", equalTo("SIGNED"));
        assertThat(contracts(familyId).jsonPath().getList("$")).hasSize(1);

        // ContractSigned → payment-service: the month of signing is paid, monthly (D-32, D-51)
        Response history = null;
        for (int i = 0; i < 30; i++) {
            payMonth(YearMonth.from(today()));
            history = payments(familyId);
            if (history.statusCode() == 200 && !history.jsonPath().getList("items").isEmpty()) {
                break;
            }
            Thread.sleep(1_000); // ContractSigned may still be on its way
        }
        assertThat(history.jsonPath().getList("items")).as(history.asString()).hasSize(2);
        assertThat(history.jsonPath().getList("items.month", String.class)).containsOnly(YearMonth.from(today()).toString());
        assertThat(sum(history)).isEqualByComparingTo(decision.jsonPath().getString("monthlyAmount"));
        assertThat(history.jsonPath().getList("items.trace.contractId", String.class)).containsOnly(contractId);
    }

    @Test
    void CON03_aConditionalFamilyThatNeverSignsLapsesAndNothingIsPaid() throws Exception {
        String father = TestIins.man("1986-03-14");
        Response decision = decide(family(father, TestIins.woman("2015-09-01"), null));
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("CONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");
        String decisionId = decision.jsonPath().getString("id");
        Response drafts = eventually(() -> contracts(familyId), r -> r.statusCode() == 200
                && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60));
        String contractId = drafts.jsonPath().getString("[0].id");
        String fatherKey = drafts.jsonPath().getString("[0].members.find { it.relation == 'APPLICANT' }.personKey");
        java.time.LocalDate deadline = java.time.LocalDate.parse(drafts.jsonPath().getString("[0].signingDeadline"));
        assertThat(drafts.jsonPath().getString("[0].status")).isEqualTo("DRAFT");

        // no one signs. Time is moved for this journey only (D-83): a second contract-service JVM whose clock runs one
        // day past the CON-03 deadline runs the lapse job every few seconds over the same database; the first JVM
        // (real time) serves the reads. No other system test runs meanwhile, and the second JVM is stopped at once.
        long days = java.time.temporal.ChronoUnit.DAYS.between(today(), deadline) + 1;
        Response lapsed;
        try (ServiceProcess later = SharedSuite.suite().startAnother(Suite.Service.CONTRACT, "contract-service-later",
                Map.of("TSA_CLOCK_OFFSET", "P" + days + "D", "TSA_CONTRACT_JOBS_INTERVAL", "PT2S"))) {
            lapsed = eventually(() -> given().header("Authorization", token("operator1"))
                            .get(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId)),
                    r -> r.statusCode() == 200 && "LAPSED".equals(r.jsonPath().getString("status")), Duration.ofSeconds(120));
            assertThat(lapsed.jsonPath().getString("status")).as(lapsed.asString() + "\n" + later.tail())
                    .isEqualTo("LAPSED");
        }
        // contract-service: LAPSED, and it can no longer be signed
        Response late = given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"signedOn": "%s", "signatory": "%s", "assistant": "assistant1", "consultant": "consultant1"}"""
                .formatted(today(), fatherKey))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/signature"));
        assertThat(late.statusCode()).as(late.asString()).isBetween(400, 499);
        assertThat(contracts(familyId).jsonPath().getList("status", String.class)).containsExactly("LAPSED");

        // eligibility still shows the (conditional) decision the contract belonged to
        given().header("Authorization", token("operator1")).header("Accept-Language", "en")
                .get(url(Suite.Service.ELIGIBILITY, "/api/v1/decisions/" + decisionId)).then().statusCode(200)
                .body("id", equalTo(decisionId)).body("kind", equalTo("CONDITIONAL"));

        // payment-service: after the month's run (and time for ContractLapsed to arrive) nothing for the family
        awaitDecisionInPayment(decision.jsonPath().getString("applicationId"));
        Thread.sleep(2_000);
        payMonth(YearMonth.from(today()));
        Response history = payments(familyId);
        assertThat(history.statusCode()).as(history.asString()).isIn(200, 404);
        if (history.statusCode() == 200) {
            assertThat(history.jsonPath().getList("items")).as(history.asString()).isEmpty();
        }
    }

    /** A conditional family (father and child of 11) with a signed contract; the first month already paid. */
    record Signed(String familyId, String contractId, String fatherIin, String fatherKey, String childKey,
                  java.math.BigDecimal monthly) {
    }

    static Signed signedFamily() throws Exception {
        String fatherIin = TestIins.man("1986-03-14");
        Response decision = decide(family(fatherIin, TestIins.woman("2015-09-01"), null));
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("CONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");
        Response drafts = eventually(() -> contracts(familyId), r -> r.statusCode() == 200
                && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60));
        String contractId = drafts.jsonPath().getString("[0].id");
        String father = drafts.jsonPath().getString("[0].members.find { it.relation == 'APPLICANT' }.personKey");
        String child = drafts.jsonPath().getString("[0].members.find { it.relation != 'APPLICANT' }.personKey");
        given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "kind": "SOCIAL_JOB", "domain": "SOCIAL", "dueDate": "%s"}"""
                .formatted(father, today().plusMonths(3)))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/plan/activities"))
                .then().statusCode(200);
        given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"signedOn": "%s", "signatory": "%s", "assistant": "assistant1", "consultant": "consultant1"}"""
                .formatted(today(), father))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/signature"))
                .then().statusCode(200);
        return new Signed(familyId, contractId, fatherIin, father, child,
                new java.math.BigDecimal(decision.jsonPath().getString("monthlyAmount")));
    }

    static Response recordBreach(Signed f, String reason) {
        return given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body("""
                {"personKey": "%s", "reason": "%s", "occurredOn": "%s", "evidence": "employer's letter"}"""
                .formatted(f.fatherKey(), reason, today()))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + f.contractId() + "/breaches"));
    }

    /** The family's lines of {@code month}, once the run of that month has issued any (events may still travel). */
    static List<Map<String, Object>> linesOf(String familyId, YearMonth month) throws Exception {
        List<Map<String, Object>> lines = List.of();
        for (int i = 0; i < 30 && lines.isEmpty(); i++) {
            payMonth(month);
            Response history = payments(familyId);
            lines = history.jsonPath().<Map<String, Object>>getList("items").stream()
                    .filter(l -> month.toString().equals(l.get("month"))).toList();
            if (lines.isEmpty()) {
                Thread.sleep(1_000);
            }
        }
        return lines;
    }

    static java.math.BigDecimal amountOf(List<Map<String, Object>> lines, String personKey) {
        return lines.stream().filter(l -> personKey.equals(l.get("personKey")))
                .map(l -> new java.math.BigDecimal((String) l.get("amount")))
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    @Test
    void aFirstBreachHalvesTheAdultsShareForTheNextMonthOnlyAndTheChildsStaysWhole() throws Exception {
        Signed f = signedFamily();
        YearMonth now = YearMonth.from(today());
        List<Map<String, Object>> first = linesOf(f.familyId(), now);
        java.math.BigDecimal fatherShare = amountOf(first, f.fatherKey());
        java.math.BigDecimal childShare = amountOf(first, f.childKey());
        assertThat(fatherShare.add(childShare)).isEqualByComparingTo(f.monthly());

        recordBreach(f, "did not come to the social job without a valid reason").then().statusCode(200)
                .body("sanction.month", equalTo(now.plusMonths(1).toString()));
        // SanctionApplied → payment-service: the next month's run pays the father half (CON-07, PAY-02)
        List<Map<String, Object>> next = List.of();
        for (int i = 0; i < 30; i++) {
            next = linesOf(f.familyId(), now.plusMonths(1));
            if (amountOf(next, f.fatherKey()).compareTo(fatherShare) < 0) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(amountOf(next, f.fatherKey())).as(next.toString())
                .isEqualByComparingTo(fatherShare.divide(java.math.BigDecimal.TWO, 2, java.math.RoundingMode.HALF_UP));
        assertThat(amountOf(next, f.childKey())).isEqualByComparingTo(childShare);
    }

    @Test
    void aSecondBreachTerminatesAndOnlyTheMinorsShareIsPaidFromTheNextMonth() throws Exception {
        Signed f = signedFamily();
        YearMonth now = YearMonth.from(today());
        java.math.BigDecimal childShare = amountOf(linesOf(f.familyId(), now), f.childKey());
        recordBreach(f, "left the social job").then().statusCode(200);
        recordBreach(f, "refused the social job again").then().statusCode(200).body("status", equalTo("TERMINATED"));
        // ContractTerminated → only the child under 18 keeps the share (CON-08, PAY-03); wait for both events
        Response history = null;
        List<Map<String, Object>> next = List.of();
        for (int i = 0; i < 30; i++) {
            next = linesOf(f.familyId(), now.plusMonths(1));
            history = payments(f.familyId());
            if (amountOf(next, f.fatherKey()).signum() == 0) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(amountOf(next, f.fatherKey())).as(String.valueOf(history.asString())).isZero();
        assertThat(amountOf(next, f.childKey())).isEqualByComparingTo(childShare);
    }

    @Test
    void anAssignmentRevokedForFalseInformationAfterPaidMonthsBecomesARecoveryRecord() throws Exception {
        String body = """
                {"regionCode": "%s", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "1991-02-02", "relation": "APPLICANT", "residency": "CITIZEN",
                   "careDuties": ["CHILD_UNDER_7"]},
                  {"iin": "%s", "birthDate": "2023-03-03", "relation": "CHILD", "residency": "CITIZEN"}]}"""
                .formatted(ASTANA, currentQuarter(), TestIins.woman("1991-02-02"), TestIins.woman("2023-03-03"));
        Response decision = decide(body);
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("UNCONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");
        awaitDecisionInPayment(decision.jsonPath().getString("applicationId"));
        payMonth(YearMonth.from(today()));
        java.math.BigDecimal paid = sum(payments(familyId));
        assertThat(paid.signum()).isPositive();

        given().header("Authorization", token("operator1")).contentType(ContentType.JSON)
                .body("{\"reason\": \"undeclared wages found in the pension contributions register\"}")
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/decisions/" + decision.jsonPath().getString("id") + "/revocation"))
                .then().statusCode(200);
        // AssignmentRevoked → payment-service: what was paid is to be recovered (CON-06 (2)), nothing netted silently
        Response recoveries = eventually(() -> given().header("Authorization", token("auditor1")).queryParam("familyId", familyId)
                        .get(url(Suite.Service.PAYMENT, "/api/v1/recoveries")),
                r -> r.statusCode() == 200 && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60));
        assertThat(recoveries.jsonPath().getList("$")).as(recoveries.asString()).hasSize(1);
        assertThat(new java.math.BigDecimal(recoveries.jsonPath().getString("[0].amount"))).isEqualByComparingTo(paid);
        assertThat(recoveries.jsonPath().getString("[0].ruleId")).isEqualTo("CON-06");
        // the paid lines stay as they were
        assertThat(sum(payments(familyId))).isEqualByComparingTo(paid);
    }

    @Test
    void aJobSeekerOfTheFamilyRefusesSuitableWorkTwiceAndTheConfirmedBreachHalvesHisNextMonth() throws Exception {
        Signed f = signedFamily();
        YearMonth now = YearMonth.from(today());
        java.math.BigDecimal fatherShare = amountOf(linesOf(f.familyId(), now), f.fatherKey());
        String operator = token("operator1");
        String registrations = url(Suite.Service.EMPLOYMENT_REGISTRY, "/api/v1/registrations");
        Response registered = given().header("Authorization", operator).contentType(ContentType.JSON).body("""
                {"iin": "%s", "regionCode": "%s", "rural": false,
                 "documents": {"identity": true, "workRecord": true, "education": false}}"""
                .formatted(f.fatherIin(), ASTANA)).post(registrations);
        assertThat(registered.statusCode()).as(registered.asString()).isEqualTo(201);
        String registration = registered.jsonPath().getString("id");
        // the registry and the contract know the same person by the same key (never the IIN)
        assertThat(registered.jsonPath().getString("personKey")).isEqualTo(f.fatherKey());
        for (int i = 1; i <= 2; i++) {
            Response referred = given().header("Authorization", operator).contentType(ContentType.JSON).body("""
                    {"kind": "VACANCY", "target": "Cook, Astana Cafe LLP %d", "suitableWork": true}""".formatted(i))
                    .post(registrations + "/" + registration + "/referrals");
            assertThat(referred.statusCode()).as(referred.asString()).isEqualTo(200);
            String referral = referred.jsonPath().getString("referrals[-1].id");
            Response refused = given().header("Authorization", operator).contentType(ContentType.JSON)
                    .body("{\"result\": \"REFUSED\"}").post(registrations + "/" + registration + "/referrals/" + referral + "/outcome");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(200);
        }
        // the second refusal deregisters under EMP-08 (1), with the EMP-09 ban
        given().header("Authorization", operator).get(registrations + "/" + registration).then().statusCode(200)
                .body("status", equalTo("DEREGISTERED"));

        // tsa.employment.v1 → contract-service: breach proposals that change nothing until confirmed (CON-06)
        Response proposed = eventually(() -> given().header("Authorization", operator)
                        .get(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + f.contractId())),
                r -> r.statusCode() == 200 && r.jsonPath().getList("breaches").size() >= 3, Duration.ofSeconds(60));
        assertThat(proposed.jsonPath().getList("breaches.source", String.class)).as(proposed.asString())
                .containsExactlyInAnyOrder("SUITABLE_WORK_REFUSED", "SUITABLE_WORK_REFUSED", "DEREGISTERED");
        assertThat(proposed.jsonPath().getList("breaches.status", String.class)).containsOnly("PROPOSED");
        assertThat(proposed.jsonPath().getString("sanction")).isNull();

        // the operator confirms one (the second refusal) and dismisses the rest: one breach → 50 % next month
        List<Map<String, Object>> breaches = proposed.jsonPath().getList("breaches");
        String confirmUrl = url(Suite.Service.CONTRACT, "/api/v1/contracts/" + f.contractId() + "/breaches/");
        given().header("Authorization", operator).contentType(ContentType.JSON).body("{\"note\": \"no valid reason shown\"}")
                .post(confirmUrl + breaches.get(1).get("id") + "/confirmation").then().statusCode(200)
                .body("sanction.month", equalTo(now.plusMonths(1).toString()));
        for (int i : List.of(0, 2)) {
            given().header("Authorization", operator).contentType(ContentType.JSON).body("{\"note\": \"same fact\"}")
                    .post(confirmUrl + breaches.get(i).get("id") + "/dismissal").then().statusCode(200);
        }
        List<Map<String, Object>> next = List.of();
        for (int i = 0; i < 30; i++) {
            next = linesOf(f.familyId(), now.plusMonths(1));
            if (amountOf(next, f.fatherKey()).compareTo(fatherShare) < 0) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(amountOf(next, f.fatherKey())).as(next.toString())
                .isEqualByComparingTo(fatherShare.divide(java.math.BigDecimal.TWO, 2, java.math.RoundingMode.HALF_UP));
    }

    /** portal1's citizen (realm attribute {@code iin}, D-19): a mother of 38 whose only child is 11. */
    static final String PORTAL1_IIN = "880412401234";

    @Test
    void theCitizenSignedInOnThePortalReadsHerFamilysContractAndNoOneElsesFamilyDoes() throws Exception {
        Response decision = decide(family(PORTAL1_IIN, "1988-04-12", TestIins.man("2015-09-01"), null));
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("CONDITIONAL");
        String familyId = decision.jsonPath().getString("familyId");
        Response drafts = eventually(() -> contracts(familyId), r -> r.statusCode() == 200
                && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60));
        String contractId = drafts.jsonPath().getString("[0].id");
        given().header("Authorization", token("portal1")).get(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId))
                .then().statusCode(200).body("familyId", equalTo(familyId)).body("status", equalTo("DRAFT"));
        given().header("Authorization", token("portal1")).queryParam("familyId", familyId)
                .get(url(Suite.Service.CONTRACT, "/api/v1/contracts")).then().statusCode(200)
                .body("size()", equalTo(1));
        // another family's contract is not revealed to her (404), and she cannot sign for the operator (403)
        String other = decide(family(TestIins.man("1986-03-14"), TestIins.woman("2015-09-01"), null))
                .jsonPath().getString("familyId");
        String otherContract = eventually(() -> contracts(other), r -> r.statusCode() == 200
                && !r.jsonPath().getList("$").isEmpty(), Duration.ofSeconds(60)).jsonPath().getString("[0].id");
        given().header("Authorization", token("portal1")).get(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + otherContract))
                .then().statusCode(404);
        given().header("Authorization", token("portal1")).contentType(ContentType.JSON).body("""
                {"signedOn": "%s", "signatory": "%s", "assistant": "a", "consultant": "c"}"""
                .formatted(today(), "ab".repeat(32)))
                .post(url(Suite.Service.CONTRACT, "/api/v1/contracts/" + contractId + "/signature")).then().statusCode(403);
    }

    @Test
    void aWithdrawnApplicationClosesItsCaseLeavesThePipelineAndTheFamilyAppliesAgain() throws Exception {
        String body = family(TestIins.man("1986-03-14"), TestIins.woman("2015-09-01"), null);
        String id = given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body(body)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications")).then().statusCode(201).extract().path("id");
        Response opened = eventually(() -> given().header("Authorization", token("operator1"))
                .get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + id)), Duration.ofSeconds(60));
        assertThat(opened.jsonPath().getString("status")).as(opened.asString()).isEqualTo("AWAITING_DECISION");
        assertThat(eventually(() -> given().header("Authorization", token("operator1"))
                .get(url(Suite.Service.PAYMENT, "/api/v1/pipeline/applications/" + id)), Duration.ofSeconds(60))
                .statusCode()).isEqualTo(200);

        given().header("Authorization", token("operator1")).contentType(ContentType.JSON)
                .body("{\"reason\": \"the family moved to another region (D-97)\"}")
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/withdrawal"))
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        Response closed = eventually(() -> given().header("Authorization", token("operator1"))
                        .get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + id)),
                r -> "WITHDRAWN".equals(r.jsonPath().getString("status")), Duration.ofSeconds(60));
        assertThat(closed.jsonPath().getString("status")).as(closed.asString()).isEqualTo("WITHDRAWN");
        Response left = eventually(() -> given().header("Authorization", token("operator1"))
                        .get(url(Suite.Service.PAYMENT, "/api/v1/pipeline/applications/" + id)),
                r -> r.statusCode() == 404, Duration.ofSeconds(60));
        assertThat(left.statusCode()).as("the withdrawn application left payment-service's pipeline").isEqualTo(404);
        // its members are free: the same family is received again (ELIG-01)
        given().header("Authorization", token("operator1")).contentType(ContentType.JSON).body(body)
                .post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications")).then().statusCode(201)
                .body("status", equalTo("AWAITING_COMMISSION"));
    }

    @Test
    void aFamilyAboveThePovertyLineIsRefusedAndNothingOpensElsewhere() throws Exception {
        // 2 × 60,000 ₸ a month ÷ 2 members = 60,000 ₸ per person, above the line (ELIG-03)
        Response decision = decide(family(TestIins.man("1986-03-14"), TestIins.woman("2015-09-01"), "120000.00"));
        assertThat(decision.jsonPath().getString("kind")).as(decision.asString()).isEqualTo("REFUSED");
        assertThat(decision.jsonPath().getString("refusalRuleId")).isEqualTo("ELIG-03");
        String familyId = decision.jsonPath().getString("familyId");
        // give the event time to arrive: the family case (ApplicationReceived) shows the events were consumed
        String applicationId = decision.jsonPath().getString("applicationId");
        assertThat(eventually(() -> given().header("Authorization", token("operator1"))
                .get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + applicationId)), Duration.ofSeconds(60))
                .statusCode()).isEqualTo(200);
        Thread.sleep(2_000);
        assertThat(contracts(familyId).then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        awaitDecisionInPayment(applicationId);
        payMonth(YearMonth.from(today()));
        Response history = payments(familyId);
        assertThat(history.statusCode()).as(history.asString()).isIn(200, 404);
        if (history.statusCode() == 200) {
            assertThat(history.jsonPath().getList("items")).isEmpty();
        }
    }
}
