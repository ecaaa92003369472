package kz.gov.tsa.eligibility.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.persons.TestIins;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** The walking skeleton's first hop: REST → PostgreSQL + outbox → Kafka, over the real things. */
@QuarkusTest
class ApplicationApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    // a new family for every test: tests share one database, and a person belongs to one family (ELIG-01)
    final String APPLICANT = TestIins.man("1990-01-01");
    final String CHILD = TestIins.man("2015-03-12");

    /** The quarter of receipt of an application sent now (ELIG-03, D-81). */
    static final String CURRENT = kz.gov.tsa.kernel.Quarter.of(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")))
            .toString();

    /** An operator who may enter paper applications with their earlier date of receipt (D-81). */
    static String intake() {
        return TestTokens.bearer("operator1", "operator", "backdated-entry");
    }

    String body(String region, String applicantIin) {
        return """
                {"regionCode": "%s", "quarter": "@Q@", "members": [
                  {"iin": "%s", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN"},
                  {"iin": "@C@", "birthDate": "2015-03-12", "relation": "CHILD", "residency": "CITIZEN"}]}
                """.replace("@A@", APPLICANT).replace("@C@", CHILD).replace("@Q@", CURRENT).formatted(region, applicantIin);
    }

    @Test
    void ELIG10_aSubmittedApplicationIsStoredAndAnnouncedOnKafkaExactlyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String id = given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("AWAITING_COMMISSION"))
                .body("channel", equalTo("PORTAL"))
                .body("members.relation", containsInAnyOrder("APPLICANT", "CHILD"))
                .extract().path("id");

        // the same request again: the first result, no second application, no second event
        given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id));

        List<JsonNode> events = eventsFor(id, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        JsonNode event = events.getFirst();
        assertThat(event.get("type").asText()).isEqualTo("ApplicationReceived");
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.get("ruleIds").toString()).contains("ELIG-10");
        assertThat(event.get("correlationId").asText()).isEqualTo(id);
        assertThat(event.get("payload").get("memberCount").asInt()).isEqualTo(2);
        assertThat(event.get("payload").get("regionCode").asText()).isEqualTo("750000000");
        assertThat(event.get("familyId").asText()).isEqualTo(event.get("payload").get("familyId").asText());

        given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("members.iin", hasItem(APPLICANT));
    }

    @Test
    void concurrentSubmissionsWithTheSameIdempotencyKeyCreateOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                        .header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(body("750000000", APPLICANT)).when().post("/api/v1/applications")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            int created = 0;
            for (var call : calls) {
                var response = call.get();
                assertThat(response.statusCode()).isIn(200, 201);
                created += response.statusCode() == 201 ? 1 : 0;
                ids.add(response.path("id"));
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameIdempotencyKeyForADifferentApplicationIsRefused() {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", TestTokens.bearer("operator1", "operator")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(201).body("channel", equalTo("OPERATOR"));
        given().header("Authorization", TestTokens.bearer("operator1", "operator")).header("Idempotency-Key", key)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body("710000000", APPLICANT))
                .when().post("/api/v1/applications")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("This Idempotency-Key was already used for a different application."));
    }

    @Test
    void ELIG14_everyBadFieldIsListedInTheProblem() {
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "7511", "quarter": "2026-Q9", "members": [
                          {"iin": "900101300127", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN"}]}""")
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", containsInAnyOrder("regionCode", "quarter", "members[0].iin"));

        given().header("Authorization", TestTokens.bearer("portal1", "portal")).header("Accept-Language", "ru")
                .contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "750000000", "quarter": "2026-Q4", "members": [
                          {"iin": "@A@", "birthDate": "1990-01-02", "relation": "CHILD", "residency": "CITIZEN"},
                          {"iin": "@A@", "birthDate": "1990-01-01", "relation": "CHILD", "residency": "CITIZEN"}]}""".replace("@A@", APPLICANT).replace("@C@", CHILD).replace("2026-Q4", CURRENT))
                .when().post("/api/v1/applications")
                .then().statusCode(400).body("ruleId", equalTo("ELIG-14"))
                .body("violations.field", containsInAnyOrder("members", "members[0].birthDate", "members[1].iin"))
                .body("violations.message", hasItem("Дата рождения не совпадает с ИИН."));
    }

    @Test
    void ELIG03_incomesAreStoredPerMemberAndMonthOfTheQuarterBeforeAndOthersAreRefused() {
        String id = given().header("Authorization", intake())
                .contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "750000000", "quarter": "2026-Q4", "receivedOn": "2026-10-12",
                         "receivedOnReason": "paper application entered later (test)",
                         "livingConditions": {"ownsHousing": true, "subsidiaryFarm": false, "ownsCar": false, "livingAreaSquareMetres": 42},
                         "members": [
                          {"iin": "@A@", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "KANDAS",
                           "employment": "EMPLOYED", "careDuties": ["CHILD_UNDER_7"],
                           "incomes": [{"month": "2026-07", "kind": "WAGES", "amount": 85000.00},
                                       {"month": "2026-08", "kind": "WAGES", "amount": 85000.50}]},
                          {"iin": "@C@", "birthDate": "2015-03-12", "relation": "CHILD", "residency": "KANDAS",
                           "fullTimeStudent": true}]}""".replace("@A@", APPLICANT).replace("@C@", CHILD))
                .when().post("/api/v1/applications")
                .then().statusCode(201)
                .body("incomePeriod", equalTo("2026-Q3"))
                .body("members[0].incomes.amount", org.hamcrest.Matchers.contains(85000.00f, 85000.50f))
                .body("members[0].careDuties", org.hamcrest.Matchers.contains("CHILD_UNDER_7"))
                .body("members[1].fullTimeStudent", equalTo(true))
                .body("livingConditions.livingAreaSquareMetres", equalTo(42))
                .extract().path("id");
        given().header("Authorization", TestTokens.bearer("operator1", "operator"))
                .when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("members[0].residency", equalTo("KANDAS")).body("members[0].employment", equalTo("EMPLOYED"));

        given().header("Authorization", intake()).header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "750000000", "quarter": "2026-Q4", "receivedOn": "2026-10-12",
                         "receivedOnReason": "paper application entered later (test)", "members": [
                          {"iin": "@A@", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN",
                           "incomes": [{"month": "2026-10", "kind": "WAGES", "amount": 1.00},
                                       {"month": "2026-07", "kind": "PENSION", "amount": -5},
                                       {"month": "2026-13", "kind": "WAGES", "amount": 1.001}]}]}""".replace("@A@", APPLICANT).replace("@C@", CHILD))
                .when().post("/api/v1/applications")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("members[0].incomes[1].amount",
                        "members[0].incomes[2].month", "members[0].incomes[2].amount"));
    }

    @Test
    void aQuarterOutsideTheServedYearsIsA400NotA500() {
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT).replace(CURRENT, "1999-Q1"))
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("quarter"));
        given().header("Authorization", TestTokens.bearer("operator1", "operator")).contentType(ContentType.JSON)
                .body("{\"percentOfSubsistenceMinimum\": 50, \"fromQuarter\": \"1999-Q1\"}")
                .when().post("/api/v1/simulations")
                .then().statusCode(400).body("violations.field", hasItem("fromQuarter"));
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() {
        given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .contentType(ContentType.JSON).body("{\"regionCode\": ")
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void callersNeedAValidTokenAndTheRightRole() {
        given().contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(401);
        given().header("Authorization", "Bearer " + TestTokens.expiredToken("portal1", "portal"))
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("commission1", "commission"))
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void thePortalSeesOnlyItsOwnApplications() {
        String id = given().header("Authorization", TestTokens.bearer("portal1", "portal"))
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer("portal2", "portal"))
                .when().get("/api/v1/applications/" + id).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("members.iin", hasItem(APPLICANT.substring(0, 4) + "******" + APPLICANT.substring(10)));
    }

    @Test
    void ELIG01_D97_theApplicantWithdrawsHerOpenApplicationOnThePortalAndHerFamilyMayApplyAgain() throws Exception {
        String portal = TestTokens.bearerWithClaims("portal1", Map.of("iin", APPLICANT), "portal");
        String id = given().header("Authorization", portal).contentType(ContentType.JSON)
                .body(body("750000000", APPLICANT)).when().post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        // held while open: the same family again is refused (ELIG-01)
        given().header("Authorization", portal).contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(409).body("ruleId", equalTo("ELIG-01"));
        // another citizen on the portal may not withdraw it; nor may the commission; a reason is required
        given().header("Authorization", TestTokens.bearerWithClaims("portal1", Map.of("iin", CHILD), "portal"))
                .header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"reason\": \"changed my mind\"}")
                .when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Only the applicant can withdraw this application on the portal (D-97)."));
        given().header("Authorization", TestTokens.bearer("commission1", "commission")).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}").when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(403);
        given().header("Authorization", portal).contentType(ContentType.JSON).body("{\"reason\": \"  \"}")
                .when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("reason")));

        given().header("Authorization", portal).header("Accept-Language", "ru").contentType(ContentType.JSON)
                .body("{\"reason\": \"the family moved to Almaty region\"}")
                .when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(200).header("Idempotent-Replayed", "false").body("status", equalTo("WITHDRAWN"));
        given().header("Authorization", portal).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("WITHDRAWN"));

        // announced once, after its receipt; nothing is decided on it
        List<JsonNode> events = eventsFor(id, Duration.ofSeconds(20));
        assertThat(events).extracting(e -> e.get("type").asText()).contains("ApplicationReceived", "ApplicationWithdrawn");
        JsonNode withdrawn = events.stream().filter(e -> e.get("type").asText().equals("ApplicationWithdrawn"))
                .findFirst().orElseThrow();
        assertThat(events.stream().filter(e -> e.get("type").asText().equals("ApplicationWithdrawn"))).hasSize(1);
        assertThat(withdrawn.get("payload").get("reason").asText()).isEqualTo("the family moved to Almaty region");
        assertThat(withdrawn.get("payload").get("withdrawnBy").asText()).isEqualTo("portal1");
        assertThat(withdrawn.get("ruleIds").toString()).contains("ELIG-01");
        given().header("Authorization", TestTokens.bearer("operator1", "operator")).header("Accept-Language", "en")
                .when().post("/api/v1/applications/" + id + "/decision")
                .then().statusCode(409).body("ruleId", equalTo("ELIG-10"))
                .body("detail", equalTo("Application " + id + " was withdrawn: nothing more is done on it (D-97)."));

        // the family is free again: a new application is received
        given().header("Authorization", portal).contentType(ContentType.JSON).body(body("750000000", APPLICANT))
                .when().post("/api/v1/applications").then().statusCode(201).body("status", equalTo("AWAITING_COMMISSION"));
    }

    @Test
    void ELIG01_D97_aDecidedApplicationCannotBeWithdrawnAndAnOperatorOfAnotherRegionDoesNotSeeIt() {
        // a paper application of 2024-Q2, whose reference data are seeded, so that it can be decided (D-81)
        String operator = intake();
        String paper = body("750000000", APPLICANT).replace("\"quarter\": \"" + CURRENT + "\", ",
                "\"quarter\": \"2024-Q2\", \"receivedOn\": \"2024-04-10\", "
                        + "\"receivedOnReason\": \"paper application entered later (test)\", ");
        String id = given().header("Authorization", operator).contentType(ContentType.JSON)
                .body(paper).when().post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearerWithClaims("operator2", Map.of("region", "710000000"), "operator"))
                .contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .when().post("/api/v1/applications/" + id + "/withdrawal").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("commission1", "commission")).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": false, \"notes\": \"not found at the address\"}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion").then().statusCode(200);
        given().header("Authorization", operator).when().post("/api/v1/applications/" + id + "/decision")
                .then().statusCode(201);

        given().header("Authorization", operator).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"reason\": \"too late\"}").when().post("/api/v1/applications/" + id + "/withdrawal")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("ELIG-01"))
                .body("detail", org.hamcrest.Matchers.startsWith("Application " + id + " is already decided"));
        given().header("Authorization", operator).when().get("/api/v1/applications/" + id)
                .then().statusCode(200).body("status", equalTo("DECIDED"));
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/applications"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/applications/{id}/decision"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/decisions/{id}/replay"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/simulations"))
                .body("components.securitySchemes", org.hamcrest.Matchers.hasKey("keycloak"))
                .body(org.hamcrest.Matchers.containsString("mother with a small child"))
                .body(org.hamcrest.Matchers.containsString("urn:tsa:problem:conflict"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("tsa_outbox_pending"))
                .body(org.hamcrest.Matchers.containsString("tsa_dead_letter_events"));
    }

    /** Reads the eligibility topic from the start with a plain consumer; the events whose correlationId is {@code id}. */
    static List<JsonNode> eventsFor(String id, Duration within) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ELIGIBILITY));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode node = JSON.readTree(r.value());
                    if (node.get("correlationId").asText().equals(id)) {
                        assertThat(r.key()).isEqualTo(node.get("familyId").asText());
                        found.add(node);
                    }
                }
                if (!found.isEmpty()) {
                    // keep reading briefly: a duplicate would show up right behind the first
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
                        JsonNode node = JSON.readTree(r.value());
                        if (node.get("correlationId").asText().equals(id)) {
                            found.add(node);
                        }
                    }
                    return found;
                }
            }
        }
        return found;
    }

    @Test
    void ELIG03_aRequestNamingAnotherQuarterThanTheQuarterOfReceiptIsA400NamingTheField() {
        String other = kz.gov.tsa.kernel.Quarter.parse(CURRENT).previous().toString();
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(body("750000000", APPLICANT).replace(CURRENT, other))
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("ELIG-03"))
                .body("violations.field", org.hamcrest.Matchers.contains("quarter"))
                .body("parameters.quarterOfReceipt", equalTo(CURRENT));
        // without the field, the quarter is the quarter of receipt
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).contentType(ContentType.JSON)
                .body(body("750000000", APPLICANT).replace("\"quarter\": \"" + CURRENT + "\", ", ""))
                .when().post("/api/v1/applications")
                .then().statusCode(201).body("quarter", equalTo(CURRENT));
    }

    @Test
    void D81_aReasonWithoutTheDateOfReceiptIsA400NamingItNotSilentlyDropped() {
        given().header("Authorization", intake()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body("750000000", APPLICANT).replace("\"quarter\": \"" + CURRENT + "\", ",
                        "\"receivedOnReason\": \"received on paper during an outage\", "))
                .when().post("/api/v1/applications")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", org.hamcrest.Matchers.contains("receivedOnReason"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("receivedOn"));
    }

    @Test
    void ELIG03_D81_backDatingNeedsItsRoleADateNotInTheFutureAndAReasonAndIsAudited() {
        String paper = body("750000000", APPLICANT).replace("\"quarter\": \"" + CURRENT + "\", ",
                "\"receivedOn\": \"2026-09-30\", \"receivedOnReason\": \"received on paper during an outage\", ");
        given().header("Authorization", TestTokens.bearer("portal1", "portal")).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(paper)
                .when().post("/api/v1/applications")
                .then().statusCode(403).body("ruleId", equalTo("ELIG-03"))
                .body("violations.field", org.hamcrest.Matchers.contains("receivedOn"));
        given().header("Authorization", intake()).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(paper.replace("2026-09-30", "2099-01-01")
                        .replace("received on paper during an outage", " "))
                .when().post("/api/v1/applications")
                .then().statusCode(400).body("ruleId", equalTo("ELIG-03"))
                .body("violations.field", containsInAnyOrder("receivedOn", "receivedOnReason"));
        given().header("Authorization", intake()).contentType(ContentType.JSON).body(paper.replace("2026-09-30", "2026-13-01"))
                .when().post("/api/v1/applications")
                .then().statusCode(400).body("violations.field", hasItem("receivedOn"));
        String id = given().header("Authorization", intake()).contentType(ContentType.JSON).body(paper)
                .when().post("/api/v1/applications")
                .then().statusCode(201).body("quarter", equalTo("2026-Q3"))
                .body("receivedAt", startsWith("2026-09-29T19:00"))
                .extract().path("id");
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .queryParam("entityType", "Application").queryParam("entityId", id)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("find { it.action == 'APPLICATION_RECEIVED' }.actor", equalTo("operator1"))
                .body("find { it.action == 'APPLICATION_RECEIVED' }.details.backdated", equalTo(true))
                .body("find { it.action == 'APPLICATION_RECEIVED' }.details.receivedOn", equalTo("2026-09-30"))
                .body("find { it.action == 'APPLICATION_RECEIVED' }.reason",
                        org.hamcrest.Matchers.containsString("received on paper during an outage"));
    }
}
