package kz.gov.tsa.eligibility.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.testing.auth.TestTokens;
import kz.gov.tsa.testing.persons.TestIins;
import kz.gov.tsa.testing.kafka.KafkaTestResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Submit → precinct commission conclusion → decision → EligibilityDecided on the real Kafka topic,
 * over the seeded reference data in the real PostgreSQL. Almaty (750000000), quarter 2024-Q2: the
 * poverty line is 70 % of the subsistence minimum of 2024-Q1 (43 407.00, law) = 30 384.90, published in whole
 * tenge under order No. 160: 30 385.00 (D-23).
 */
@QuarkusTest
class DecisionFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALMATY = "750000000";
    // a new family for every test: tests share one database, and a person belongs to one family (ELIG-01)
    final String MOTHER = TestIins.woman("1990-01-01");
    final String SON = TestIins.man("2020-05-05");      // under 7
    final String DAUGHTER = TestIins.woman("2022-03-03");
    final String FATHER = TestIins.man("1988-03-03");

    /**
     * An operator who may enter paper applications with their earlier date of receipt (D-81): the tests decide
     * applications of past quarters whose reference data are seeded, received on the tenth day of the quarter.
     */
    static String operator() {
        return TestTokens.bearer("operator1", "operator", "backdated-entry");
    }

    /** The body's date of receipt for an application of {@code quarter}: its tenth day, entered from paper. */
    static String receivedIn(String quarter) {
        return "\"receivedOn\": \"" + kz.gov.tsa.kernel.Quarter.parse(quarter).firstDay().plusDays(9)
                + "\", \"receivedOnReason\": \"paper application entered later (test)\", ";
    }

    static String commission() {
        return TestTokens.bearer("commission1", "commission");
    }

    static String member(String iin, String birthDate, String relation, String extra) {
        return """
                {"iin": "%s", "birthDate": "%s", "relation": "%s", "residency": "CITIZEN"%s}"""
                .formatted(iin, birthDate, relation, extra);
    }

    static String submit(String quarter, String... members) {
        return given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"quarter\": \"" + quarter + "\", " + receivedIn(quarter) + "\"members\": ["
                        + String.join(",", members) + "]}")
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    static void conclude(String id, boolean confirmed) {
        given().header("Authorization", commission()).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": " + confirmed + ", \"notes\": \"inspected\"}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion")
                .then().statusCode(200).body("status", equalTo("AWAITING_DECISION"));
    }

    static Response decide(String id) {
        return given().header("Authorization", operator()).header("Accept-Language", "en")
                .when().post("/api/v1/applications/" + id + "/decision");
    }

    /** Mother caring for two children under 7, wages 60 000 a month in 2024-Q1. */
    String motherWithTwoSmallChildren() {
        return submit("2024-Q2",
                member(MOTHER, "1990-01-01", "APPLICANT", """
                        , "careDuties": ["CHILD_UNDER_7"], "employment": "EMPLOYED", "incomes": [
                          {"month": "2024-01", "kind": "WAGES", "amount": 60000.00},
                          {"month": "2024-02", "kind": "WAGES", "amount": 60000.00},
                          {"month": "2024-03", "kind": "WAGES", "amount": 60000.00}]"""),
                member(SON, "2020-05-05", "CHILD", ""),
                member(DAUGHTER, "2022-03-03", "CHILD", ""));
    }

    @Test
    void ELIG10_ELIG07_aMotherCaringForSmallChildrenGetsUnconditionalAssistanceAnnouncedOnKafka() throws Exception {
        String id = motherWithTwoSmallChildren();

        decide(id).then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("ELIG-10"));
        conclude(id, true);

        // per-capita income 180 000 / 3 / 3 = 20 000.00; share 30 385.00 − 20 000.00 = 10 385.00; × 3
        Response decided = decide(id);
        decided.then().statusCode(201)
                .body("kind", equalTo("UNCONDITIONAL"))
                .body("perCapitaIncome", equalTo(20000.00f))
                .body("povertyLine", equalTo(30385.00f))
                .body("monthlyAmount", equalTo(31155.00f))
                .body("periodFrom", equalTo("2024-04")).body("periodTo", equalTo("2024-06"))
                .body("shares.monthlyAmount", org.hamcrest.Matchers.everyItem(equalTo(10385.00f)))
                .body("ruleIds", hasItem("ELIG-07")).body("ruleIds", hasItem("ELIG-12"))
                .body("explanation[0].ruleId", equalTo("ELIG-10"))
                .body("explanation.text", hasItem(org.hamcrest.Matchers.containsString("below the poverty line of 30385.00")));
        String decisionId = decided.path("id");

        // the answer equals the stored decision to the last digit (timestamps at PostgreSQL's microseconds)
        String decidedAt = decided.path("decidedAt");
        given().header("Authorization", operator()).when().get("/api/v1/decisions/" + decisionId)
                .then().statusCode(200).body("decidedAt", equalTo(decidedAt));

        // deciding again changes nothing
        decide(id).then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(decisionId));

        JsonNode event = awaitEvent(id, "EligibilityDecided");
        assertThat(event.get("payload").get("kind").asText()).isEqualTo("UNCONDITIONAL");
        assertThat(event.get("payload").get("monthlyAmount").asText()).isEqualTo("31155.00");
        assertThat(event.get("payload").get("members")).hasSize(3);
        assertThat(event.get("payload").get("members").get(0).get("monthlyShare").asText()).isEqualTo("10385.00");
        assertThat(event.get("payload").get("commissionConcludedAt").isNull()).isFalse();
        assertThat(event.get("ruleIds").toString()).contains("ELIG-07", "ELIG-15");
        assertThat(countEvents(id, "EligibilityDecided")).isEqualTo(1);

        // the explanation in Russian and Kazakh
        given().header("Authorization", operator()).header("Accept-Language", "ru")
                .when().get("/api/v1/decisions/" + decisionId).then().statusCode(200)
                .body("explanation.text", hasItem(org.hamcrest.Matchers.containsString("ниже черты бедности")));
        given().header("Authorization", operator())
                .when().get("/api/v1/applications/" + id + "/decision").then().statusCode(200)
                .body("explanation.text", hasItem(org.hamcrest.Matchers.containsString("кедейлік шегінен")));

        // replayed from the stored inputs and parameter versions: identical
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .when().get("/api/v1/decisions/" + decisionId + "/replay").then().statusCode(200)
                .body("identical", equalTo(true))
                .body("stored.parameterVersions.parameter", hasItem("POVERTY_LINE"));
    }

    @Test
    void ELIG08_ELIG09_aFamilyWithAnAbleBodiedFatherIsConditionalForTheContractTerm() {
        String id = submit("2024-Q2",
                member(FATHER, "1988-03-03", "APPLICANT", ", \"employment\": \"UNEMPLOYED\""),
                member(MOTHER, "1990-01-01", "SPOUSE", ", \"careDuties\": [\"CHILD_UNDER_7\"]"),
                member(SON, "2020-05-05", "CHILD", ""));
        conclude(id, true);
        decide(id).then().statusCode(201)
                .body("kind", equalTo("CONDITIONAL"))
                .body("perCapitaIncome", equalTo(0.00f))
                .body("monthlyAmount", equalTo(91155.00f))
                .body("ruleIds", hasItem("ELIG-08")).body("ruleIds", hasItem("ELIG-09")).body("ruleIds", hasItem("ELIG-13"));
    }

    @Test
    void ELIG13_aConditionalAssignmentAskedAsALumpSumCarriesItToTheDecisionAndTheEvent() throws Exception {
        String id = given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"quarter\": \"2024-Q2\", " + receivedIn("2024-Q2") + ""
                        + "\"conditionalPayment\": \"LUMP_SUM_3_MONTHS\", \"members\": ["
                        + member(FATHER, "1988-03-03", "APPLICANT", ", \"employment\": \"UNEMPLOYED\"") + ","
                        + member(SON, "2020-05-05", "CHILD", "") + "]}")
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        conclude(id, true);

        decide(id).then().statusCode(201).body("kind", equalTo("CONDITIONAL"))
                .body("paymentMode", equalTo("LUMP_SUM_3_MONTHS"));

        JsonNode payload = awaitEvent(id, "EligibilityDecided").get("payload");
        assertThat(payload.get("paymentMode").asText()).isEqualTo("LUMP_SUM_3_MONTHS");
        assertThat(payload.get("members").get(0).get("personKey").asText()).matches("[0-9a-f]{64}")
                .doesNotContain(FATHER);
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"quarter\": \"2024-Q2\", " + receivedIn("2024-Q2") + ""
                        + "\"conditionalPayment\": \"ONCE\", \"members\": [" + member(MOTHER, "1990-01-01", "APPLICANT", "")
                        + "]}")
                .when().post("/api/v1/applications").then().statusCode(400)
                .body("violations.field", hasItem("conditionalPayment"));
    }

    @Test
    void ELIG03_incomeAboveTheLineIsRefusedAndARefusalCannotBeRevoked() {
        String id = submit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", """
                , "employment": "EMPLOYED", "incomes": [{"month": "2024-02", "kind": "WAGES", "amount": 400000.00}]"""));
        conclude(id, true);
        String decisionId = decide(id).then().statusCode(201)
                .body("kind", equalTo("REFUSED")).body("refusalRuleId", equalTo("ELIG-03"))
                .extract().path("id");
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"reason\": \"test\"}")
                .when().post("/api/v1/decisions/" + decisionId + "/revocation")
                .then().statusCode(409).body("ruleId", equalTo("CON-06"));
    }

    static io.restassured.response.ValidatableResponse trySubmit(String quarter, String... members) {
        return given().header("Authorization", operator()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"quarter\": \"" + quarter + "\", " + receivedIn(quarter) + "\"members\": ["
                        + String.join(",", members) + "]}")
                .when().post("/api/v1/applications").then();
    }

    @Test
    void ELIG01_PAY04_theSameApplicantTwiceInAQuarterIsRefusedNamingTheOtherApplicationAndTheFamilyIsStable() {
        String first = motherWithTwoSmallChildren();
        String familyId = given().header("Authorization", operator()).when().get("/api/v1/applications/" + first)
                .then().statusCode(200).extract().path("familyId");
        String masked = MOTHER.substring(0, 4) + "******" + MOTHER.substring(10);
        trySubmit("2024-Q2", member(MOTHER, "1990-01-01", "APPLICANT", ""))
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("ruleId", equalTo("ELIG-01"))
                .body("violations[0].field", equalTo("members[0].iin"))
                .body("parameters.otherApplicationId", equalTo(first))
                .body("parameters.person", equalTo(masked))
                .body("detail", org.hamcrest.Matchers.containsString(masked))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(MOTHER)));
        assertThat(familyId).startsWith("F-").doesNotContain(MOTHER).hasSize(34);
    }

    @Test
    void ELIG01_aChildListedInTwoFamiliesIsRefusedForTheSecond() {
        motherWithTwoSmallChildren();
        trySubmit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", ""), member(SON, "2020-05-05", "CHILD", ""))
                .statusCode(409).body("ruleId", equalTo("ELIG-01"))
                .body("violations[0].field", equalTo("members[1].iin"));
    }

    @Test
    void ELIG01_afterARefusalTheFamilyMayApplyAgainUnderTheSameFamilyId() {
        String refused = submit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", """
                , "employment": "EMPLOYED", "incomes": [{"month": "2024-02", "kind": "WAGES", "amount": 400000.00}]"""));
        // while the first is open, a second is refused
        trySubmit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", "")).statusCode(409);
        conclude(refused, true);
        decide(refused).then().statusCode(201).body("kind", equalTo("REFUSED"));
        String again = submit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", ""));
        String firstFamily = given().header("Authorization", operator()).when().get("/api/v1/applications/" + refused)
                .then().extract().path("familyId");
        given().header("Authorization", operator()).when().get("/api/v1/applications/" + again)
                .then().statusCode(200).body("familyId", equalTo(firstFamily));
    }

    @Test
    void ELIG01_PAY04_aPersonInARunningAssignmentCannotJoinAnotherFamilyForThoseMonthsButCanAfterIt() {
        String id = motherWithTwoSmallChildren();
        conclude(id, true);
        decide(id).then().statusCode(201).body("kind", equalTo("UNCONDITIONAL"))
                .body("periodFrom", equalTo("2024-04")).body("periodTo", equalTo("2024-06"));
        trySubmit("2024-Q2", member(FATHER, "1988-03-03", "APPLICANT", ""), member(DAUGHTER, "2022-03-03", "CHILD", ""))
                .statusCode(409).body("ruleId", equalTo("ELIG-01")).body("violations[0].field", equalTo("members[1].iin"))
                .body("parameters.otherApplicationId", equalTo(id));
        // the assignment covers 2024-04..06 only: the next quarter is free
        trySubmit("2024-Q3", member(FATHER, "1988-03-03", "APPLICANT", ""), member(DAUGHTER, "2022-03-03", "CHILD", ""))
                .statusCode(201);
    }

    @Test
    void ELIG10_whenTheCommissionDoesNotConfirmTheApplicationIsRefusedCitingELIG10() {
        String id = motherWithTwoSmallChildren();
        conclude(id, false);
        decide(id).then().statusCode(201).body("kind", equalTo("REFUSED")).body("refusalRuleId", equalTo("ELIG-10"));
        // a different conclusion afterwards is refused; the same one is a replay
        given().header("Authorization", commission()).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": true, \"notes\": \"changed my mind\"}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion")
                .then().statusCode(409).body("ruleId", equalTo("ELIG-10"));
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": false, \"notes\": \"inspected\"}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion")
                .then().statusCode(403);
    }

    @Test
    void CON06_anAssignmentRevokedForFalseInformationIsAnnouncedOnce() throws Exception {
        String id = motherWithTwoSmallChildren();
        conclude(id, true);
        String decisionId = decide(id).then().statusCode(201).extract().path("id");
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"reason\": \"undeclared wages of the spouse\"}")
                .when().post("/api/v1/decisions/" + decisionId + "/revocation")
                .then().statusCode(200).body("revocation.reason", equalTo("undeclared wages of the spouse"));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .when().post("/api/v1/decisions/" + decisionId + "/revocation")
                .then().statusCode(409);
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .when().post("/api/v1/decisions/" + decisionId + "/revocation")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        JsonNode event = awaitEvent(id, "AssignmentRevoked");
        assertThat(event.get("payload").get("decisionId").asText()).isEqualTo(decisionId);
        assertThat(event.get("ruleIds").toString()).contains("CON-06");
        given().header("Authorization", operator()).when().get("/api/v1/applications/" + id)
                .then().body("status", equalTo("REVOKED"));

        // every change with its actor, for the auditor
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .queryParam("entityType", "Application").queryParam("entityId", id)
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("APPLICATION_RECEIVED", "COMMISSION_CONCLUDED", "DECIDED", "REVOKED"))
                .body("actor", org.hamcrest.Matchers.contains("operator1", "commission1", "operator1", "operator1"));
        given().header("Authorization", TestTokens.bearer("auditor1", "auditor"))
                .queryParam("entityType", "Decision").queryParam("entityId", decisionId)
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("DECIDED", "REVOKED"));
        given().header("Authorization", operator()).queryParam("entityType", "Decision").queryParam("entityId", decisionId)
                .when().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void operatorsAndCommissionsOfARegionWorkOnlyOnItsApplications() {
        String id = motherWithTwoSmallChildren(); // Almaty
        String otherOperator = TestTokens.bearerWithClaims("operator-zhambyl", Map.of("region", "310000000"), "operator");
        String otherCommission = TestTokens.bearerWithClaims("commission-zhambyl", Map.of("region", "310000000"), "commission");
        String almatyCommission = TestTokens.bearerWithClaims("commission-almaty", Map.of("region", ALMATY), "commission");
        given().header("Authorization", otherOperator).when().get("/api/v1/applications/" + id).then().statusCode(404);
        given().header("Authorization", otherCommission).contentType(ContentType.JSON).body("{\"factsConfirmed\": true}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion").then().statusCode(404);
        given().header("Authorization", almatyCommission).contentType(ContentType.JSON).body("{\"factsConfirmed\": true}")
                .when().post("/api/v1/applications/" + id + "/commission-conclusion").then().statusCode(200);
        given().header("Authorization", otherOperator).when().post("/api/v1/applications/" + id + "/decision")
                .then().statusCode(404);
        String decisionId = decide(id).then().statusCode(201).extract().path("id");
        given().header("Authorization", otherOperator).when().get("/api/v1/decisions/" + decisionId).then().statusCode(404);
        given().header("Authorization", otherOperator).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"quarter\": \"2024-Q2\", " + receivedIn("2024-Q2") + "\"members\": ["
                        + member(FATHER, "1988-03-03", "APPLICANT", "") + "]}")
                .when().post("/api/v1/applications").then().statusCode(403);
    }

    @Test
    void aQuarterWithoutAPovertyLineMethodIsA422NamingTheMissingParameter() {
        // 2019-04-01 .. 2019-09-30: the percentage in force is not known (REFERENCE-DATA §3b)
        String id = submit("2019-Q3", member(FATHER, "1988-03-03", "APPLICANT", ""));
        conclude(id, true);
        decide(id).then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("parameters.parameter", org.hamcrest.Matchers.notNullValue())
                .body("parameters.date", org.hamcrest.Matchers.notNullValue());
        // nothing was decided
        given().header("Authorization", operator()).when().get("/api/v1/applications/" + id + "/decision")
                .then().statusCode(404);
    }

    @Test
    void REF06_statisticsAndWhatIfSimulationOverStoredDecisions() {
        String id = motherWithTwoSmallChildren();
        conclude(id, true);
        decide(id).then().statusCode(201);

        given().header("Authorization", operator()).queryParam("year", 2024).queryParam("regionCode", ALMATY)
                .when().get("/api/v1/statistics/poverty")
                .then().statusCode(200).body("[0].regionCode", equalTo(ALMATY))
                .body("[0].familiesBelowPovertyLine", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // at 40 % of the SM (17 362.80) a per-capita income of 20 000.00 is above the line
        Response sim = given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + ALMATY + "\", \"percentOfSubsistenceMinimum\": 40, \"fromQuarter\": \"2024-Q2\"}")
                .when().post("/api/v1/simulations");
        sim.then().statusCode(200);
        assertThat(sim.jsonPath().getLong("total.becomeIneligible")).isGreaterThanOrEqualTo(1);
        assertThat(sim.jsonPath().getDouble("total.monthlyCostDelta")).isNegative();
        // the stored decision is unchanged
        given().header("Authorization", operator()).when().get("/api/v1/applications/" + id + "/decision")
                .then().statusCode(200).body("kind", equalTo("UNCONDITIONAL"));

        given().header("Authorization", TestTokens.bearer("akimat1", "akimat")).queryParam("year", 2024)
                .when().get("/api/v1/statistics/poverty").then().statusCode(403);
    }

    @Test
    void ELIG07_CON09_aCareDutyHoldsForThePersonCaredForWhomTheExplanationAndTheEventName() throws Exception {
        String grandmother = TestIins.woman("1946-02-02");
        // strict input: a member reference that is no member is a 400 naming the field; so is an unknown property
        trySubmit("2024-Q2", member(MOTHER, "1990-01-01", "APPLICANT",
                ", \"careFor\": [{\"duty\": \"CHILD_UNDER_7\", \"iin\": \"" + SON + "\"}]"))
                .statusCode(400).body("ruleId", equalTo("ELIG-14"))
                .body("violations.field", hasItem("members[0].careFor[0].iin"));
        trySubmit("2024-Q2", member(MOTHER, "1990-01-01", "APPLICANT",
                ", \"careFor\": [{\"duty\": \"CHILD_UNDER_7\", \"iin\": \"" + SON + "\", \"name\": \"x\"}]"))
                .statusCode(400).body("violations.field", hasItem(org.hamcrest.Matchers.containsString("careFor")));
        trySubmit("2024-Q2", member(MOTHER, "1990-01-01", "APPLICANT",
                ", \"careFor\": [{\"duty\": \"CHILD_UNDER_7\", \"iin\": \"123\"}]"))
                .statusCode(400).body("violations.field", hasItem("members[0].careFor[0].iin"));

        // a father caring for his mother who lives apart (recorded), and a declared duty without such a person
        String id = submit("2024-Q2",
                member(FATHER, "1988-03-03", "APPLICANT", """
                        , "careFor": [{"duty": "ELDERLY_NEEDING_CARE", "iin": "%s", "outsideFamily": "mother, lives alone"}]"""
                        .formatted(grandmother)),
                member(MOTHER, "1990-01-01", "SPOUSE", ", \"careDuties\": [\"DISABLED_CHILD\"]"),
                member(SON, "2020-05-05", "CHILD", ""));
        given().header("Authorization", operator()).when().get("/api/v1/applications/" + id).then().statusCode(200)
                .body("members[0].careDuties", org.hamcrest.Matchers.contains("ELDERLY_NEEDING_CARE"))
                .body("members[0].careFor[0].outsideFamily", equalTo("mother, lives alone"));
        conclude(id, true);
        Response decided = decide(id);
        decided.then().statusCode(201).body("kind", equalTo("CONDITIONAL"));
        String careHeld = decided.jsonPath().getString("explanation.find { it.ruleId == 'ELIG-07' }.figures.careHeld");
        assertThat(careHeld).contains("ELDERLY_NEEDING_CARE for " + grandmother.substring(0, 4) + "******"
                + grandmother.substring(10)).contains("outside the family: mother, lives alone")
                .doesNotContain(grandmother);
        assertThat(decided.jsonPath().getString("explanation.find { it.ruleId == 'ELIG-07' }.figures.careNotHeld"))
                .contains("DISABLED_CHILD");
        assertThat(decided.jsonPath().getString("explanation.find { it.ruleId == 'ELIG-07' }.text"))
                .contains("Care counted: ").contains("ELDERLY_NEEDING_CARE for " + grandmother.substring(0, 4));

        JsonNode members = awaitEvent(id, "EligibilityDecided").get("payload").get("members");
        assertThat(members.get(0).get("careDuties").toString()).isEqualTo("[\"ELDERLY_NEEDING_CARE\"]");
        assertThat(members.get(1).get("careDuties").toString()).isEqualTo("[]");
    }

    /** Shymkent 2022-Q2: PL = 70 % of the 2022-Q1 SM (36 018.00, law) = 25 212.60 (a method that keeps the tiyn). */
    static final String SHYMKENT = "790000000";

    static io.restassured.path.json.JsonPath statistics2022Shymkent() {
        return given().header("Authorization", TestTokens.bearer("ministry1", "operator")).queryParam("year", 2022)
                .queryParam("regionCode", SHYMKENT).when().get("/api/v1/statistics/poverty")
                .then().statusCode(200).extract().jsonPath();
    }

    static long statistic(io.restassured.path.json.JsonPath lines, String name) {
        List<Integer> values = lines.getList(name);
        return values.isEmpty() ? 0 : values.getFirst();
    }

    /** A person living alone in Shymkent, 2022-Q2, with wages of {@code total} in February 2022. */
    String shymkent2022Single(String iin, String birthDate, String total) {
        String id = given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body("{\"regionCode\": \"" + SHYMKENT + "\", \"quarter\": \"2022-Q2\", " + receivedIn("2022-Q2") + "\"members\": ["
                        + member(iin, birthDate, "APPLICANT", """
                        , "employment": "EMPLOYED", "incomes": [{"month": "2022-02", "kind": "WAGES", "amount": %s}]"""
                        .formatted(total)) + "]}")
                .when().post("/api/v1/applications").then().statusCode(201).extract().path("id");
        conclude(id, true);
        return id;
    }

    @Test
    void REF06_aFamilyExactlyAtTheLineIsNotBelowItAndOneTiynBelowIs() {
        var before = statistics2022Shymkent();

        // exactly at the line: 75 637.80 / 3 = 25 212.60 = PL — not below (and ELIG-04: no amount)
        decide(shymkent2022Single(TestIins.man("1985-04-04"), "1985-04-04", "75637.80")).then().statusCode(201)
                .body("perCapitaIncome", equalTo(25212.60f)).body("povertyLine", equalTo(25212.60f))
                .body("kind", equalTo("REFUSED")).body("refusalRuleId", equalTo("ELIG-04"));
        var atLine = statistics2022Shymkent();
        assertThat(statistic(atLine, "familiesBelowPovertyLine")).isEqualTo(statistic(before, "familiesBelowPovertyLine"));
        assertThat(statistic(atLine, "families")).isEqualTo(statistic(before, "families") + 1);
        assertThat(statistic(atLine, "peopleBelowPovertyLine")).isEqualTo(statistic(before, "peopleBelowPovertyLine"));

        // one tiyn below: 75 637.77 / 3 = 25 212.59 — below
        decide(shymkent2022Single(TestIins.man("1985-05-05"), "1985-05-05", "75637.77")).then().statusCode(201)
                .body("perCapitaIncome", equalTo(25212.59f)).body("kind", equalTo("CONDITIONAL"));
        var oneTiynBelow = statistics2022Shymkent();
        assertThat(statistic(oneTiynBelow, "familiesBelowPovertyLine"))
                .isEqualTo(statistic(before, "familiesBelowPovertyLine") + 1);
        assertThat(statistic(oneTiynBelow, "peopleBelowPovertyLine"))
                .isEqualTo(statistic(before, "peopleBelowPovertyLine") + 1);
        assertThat(statistic(oneTiynBelow, "families")).isEqualTo(statistic(before, "families") + 2);
    }

    @Test
    void D11_REF06_aRegionalCallerSeesItsOwnRegionsStatisticsOnlyAndABrokenClaimSeesNone() {
        String id = motherWithTwoSmallChildren();
        conclude(id, true);
        decide(id).then().statusCode(201);
        String zhambylOperator = TestTokens.bearerWithClaims("operator-zhambyl", Map.of("region", "310000000"), "operator");
        String almatyAkimat = TestTokens.bearerWithClaims("akimat-almaty", Map.of("region", ALMATY), "akimat");
        String brokenClaim = TestTokens.bearerWithClaims("operator-x", Map.of("region", "999999999"), "operator");

        given().header("Authorization", zhambylOperator).queryParam("year", 2024)
                .when().get("/api/v1/statistics/poverty")
                .then().statusCode(200).body("regionCode", org.hamcrest.Matchers.everyItem(equalTo("310000000")));
        given().header("Authorization", almatyAkimat).queryParam("year", 2024)
                .when().get("/api/v1/statistics/poverty")
                .then().statusCode(200).body("regionCode", org.hamcrest.Matchers.contains(ALMATY));
        given().header("Authorization", zhambylOperator).queryParam("year", 2024).queryParam("regionCode", ALMATY)
                .when().get("/api/v1/statistics/poverty")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("parameters.regionCode", equalTo(ALMATY)).body("parameters.callerRegion", equalTo("310000000"));
        given().header("Authorization", brokenClaim).queryParam("year", 2024)
                .when().get("/api/v1/statistics/poverty")
                .then().statusCode(403).body("parameters.regionClaim", equalTo("999999999"));
        given().header("Authorization", brokenClaim).when().get("/api/v1/applications/" + id)
                .then().statusCode(404);
    }

    static JsonNode awaitEvent(String correlationId, String type) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode e : events(correlationId)) {
                if (e.get("type").asText().equals(type)) {
                    return e;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no " + type + " event for " + correlationId);
    }

    static long countEvents(String correlationId, String type) throws Exception {
        Thread.sleep(1000);
        return events(correlationId).stream().filter(e -> e.get("type").asText().equals(type)).count();
    }

    static List<JsonNode> events(String correlationId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ELIGIBILITY));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && consumer.assignment().size() > 0) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, String> r : records) {
                    JsonNode node = JSON.readTree(r.value());
                    if (node.get("correlationId").asText().equals(correlationId)) {
                        found.add(node);
                    }
                }
            }
        }
        return found;
    }
}
