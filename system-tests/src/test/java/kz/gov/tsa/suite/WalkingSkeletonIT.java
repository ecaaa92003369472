package kz.gov.tsa.suite;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kz.gov.tsa.testing.persons.TestIins;
import kz.gov.tsa.testing.keycloak.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The walking skeleton across separate service JVMs, a real Kafka broker, real PostgreSQL databases
 * and a real Keycloak: an application submitted to eligibility-service with a portal user's token
 * reaches contract-service and payment-service through the outbox, Kafka and their inboxes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedSuite.class)
class WalkingSkeletonIT {

    static Suite suite;

    @BeforeAll
    static void suite() {
        suite = SharedSuite.suite();
    }

    static String token(String user) {
        return SharedSuite.token(user);
    }

    static String url(Suite.Service s, String path) {
        return SharedSuite.url(s, path);
    }

    /** Families the payment pipeline lists for Astana in the current quarter (other test classes add their own). */
    static int pipelineFamilies() {
        return given().header("Authorization", token("operator1")).queryParam("regionCode", "710000000")
                .queryParam("quarter", SharedSuite.currentQuarter())
                .when().get(url(Suite.Service.PAYMENT, "/api/v1/pipeline"))
                .then().statusCode(200).extract().path("families");
    }

    /** A family of two; the child is a new person each time (a person belongs to one family, ELIG-01). */
    static String application(String applicantIin) {
        return """
                {"regionCode": "710000000", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "1985-05-25", "relation": "APPLICANT", "residency": "CITIZEN"},
                  {"iin": "%s", "birthDate": "2012-07-10", "relation": "CHILD", "residency": "CITIZEN"}]}
                """.formatted(SharedSuite.currentQuarter(), applicantIin, TestIins.woman("2012-07-10"));
    }

    /** Polls until the supplier answers 200 or the time is up; returns the last response. */
    static Response eventually(Supplier<Response> call, Duration within) throws InterruptedException {
        return SharedSuite.eventually(call, within);
    }

    @Test
    @Order(1)
    void everyServiceIsReadyAndKeycloakTokensCarryTheRealmRoles() {
        for (Suite.Service s : Suite.Service.values()) {
            given().when().get(url(s, "/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
            given().when().get(url(s, "/q/swagger-ui/")).then().statusCode(200);
        }
        Map<String, Object> claims = Tokens.claims(token("portal1").substring("Bearer ".length()));
        assertThat(claims.get("realm_access").toString()).contains("portal");
        assertThat(claims.get("iss")).isEqualTo(suite.keycloak().realmUrl("tsa"));
        // user attributes reach the services as claims: a citizen's IIN (D-19) and a member of staff's region (D-11)
        assertThat(claims.get("iin")).isEqualTo("880412401234");
        Map<String, Object> akimat = Tokens.claims(token("akimat1").substring("Bearer ".length()));
        assertThat(akimat.get("region")).isEqualTo("750000000");
    }

    @Test
    @Order(2)
    void anApplicationSubmittedByThePortalReachesContractAndPaymentServices() throws Exception {
        int before = pipelineFamilies();
        String id = given().header("Authorization", token("portal1")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(application("850525401233"))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"))
                .then().statusCode(201).extract().path("id");
        String familyId = given().header("Authorization", token("operator1"))
                .when().get(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id))
                .then().statusCode(200).extract().path("familyId");

        String operator = token("operator1");
        Response familyCase = eventually(() -> given().header("Authorization", operator)
                .get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + id)), Duration.ofSeconds(60));
        assertThat(familyCase.statusCode()).as(suite.service(Suite.Service.CONTRACT).tail()).isEqualTo(200);
        assertThat(familyCase.jsonPath().getString("familyId")).isEqualTo(familyId);
        assertThat(familyCase.jsonPath().getInt("memberCount")).isEqualTo(2);
        assertThat(familyCase.jsonPath().getString("status")).isEqualTo("AWAITING_DECISION");

        Response pending = eventually(() -> given().header("Authorization", operator)
                .get(url(Suite.Service.PAYMENT, "/api/v1/pipeline/applications/" + id)), Duration.ofSeconds(60));
        assertThat(pending.statusCode()).as(suite.service(Suite.Service.PAYMENT).tail()).isEqualTo(200);
        assertThat(pending.jsonPath().getString("familyId")).isEqualTo(familyId);

        assertThat(pipelineFamilies()).isEqualTo(before + 1);
    }

    @Test
    @Order(3)
    void rolesFromTheRealmAreEnforcedAcrossServices() {
        given().header("Authorization", token("commission1")).contentType(ContentType.JSON).body(application("850525401233"))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"))
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(application("850525401233"))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"))
                .then().statusCode(401);
        given().header("Authorization", token("portal1"))
                .when().get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + UUID.randomUUID()))
                .then().statusCode(403);
        given().header("Authorization", token("akimat1"))
                .when().get(url(Suite.Service.EMPLOYMENT_REGISTRY, "/api/v1/registry/summary"))
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    @Order(4)
    void anEventCommittedButNotPublishedWhenEligibilityCrashesIsDeliveredOnceAfterRestart() throws Exception {
        int before = pipelineFamilies();
        ServiceProcess eligibility = suite.service(Suite.Service.ELIGIBILITY);
        eligibility.close();
        // the relay is switched off: the application and its event commit, but nothing is published
        eligibility.start(Map.of("TSA_MESSAGING_RELAY_ENABLED", "false"));
        eligibility.awaitReady(Duration.ofSeconds(120));
        String id = given().header("Authorization", token("operator1")).contentType(ContentType.JSON)
                .body(application("601201400116").replace("1985-05-25", "1960-12-01"))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"))
                .then().statusCode(201).extract().path("id");
        String operator = token("operator1");
        Thread.sleep(3_000);
        given().header("Authorization", operator).when().get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + id))
                .then().statusCode(404);

        eligibility.crash(); // kill -9: the outbox row is all that is left of the event
        eligibility.start();
        eligibility.awaitReady(Duration.ofSeconds(120));

        Response familyCase = eventually(() -> given().header("Authorization", operator)
                .get(url(Suite.Service.CONTRACT, "/api/v1/family-cases/" + id)), Duration.ofSeconds(60));
        assertThat(familyCase.statusCode()).isEqualTo(200);
        Response pending = eventually(() -> given().header("Authorization", operator)
                .get(url(Suite.Service.PAYMENT, "/api/v1/pipeline/applications/" + id)), Duration.ofSeconds(60));
        assertThat(pending.statusCode()).isEqualTo(200);
        // exactly one pending application for that region and quarter came from this event
        assertThat(pipelineFamilies()).isEqualTo(before + 1);
    }

    @Test
    @Order(5)
    void theCommissionConcludesAndTheOperatorDecidesWithRealmTokens() {
        // (the child is under 7 on the decision date until 2029-01-15: ELIG-07 counts the care on that date, D-22)
        // Astana 2024-Q2: PL = 70 % of the 2024-Q1 SM (43 407.00) = 30 384.90, published in whole tenge under
        // order No. 160 (eligibility D-23): 30 385; no income → 30 385.00 × 2
        // a paper application received on 10 April 2024, entered now by intake1 (role backdated-entry, D-81):
        // the quarter of application is the quarter of its date of receipt (ELIG-03)
        String id = given().header("Authorization", token("intake1")).contentType(ContentType.JSON)
                .body("""
                        {"regionCode": "710000000", "quarter": "2024-Q2", "receivedOn": "2024-04-10",
                         "receivedOnReason": "paper application received at the Astana centre, entered later",
                         "members": [
                          {"iin": "900101400003", "birthDate": "1990-01-01", "relation": "APPLICANT", "residency": "CITIZEN",
                           "careDuties": ["CHILD_UNDER_7"]},
                          {"iin": "%s", "birthDate": "2022-01-15", "relation": "CHILD", "residency": "CITIZEN"}]}"""
                        .formatted(TestIins.woman("2022-01-15")))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications"))
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", token("operator1"))
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/decision"))
                .then().statusCode(409).body("ruleId", equalTo("ELIG-10"));
        given().header("Authorization", token("commission1")).contentType(ContentType.JSON)
                .body("{\"factsConfirmed\": true, \"notes\": \"inspected\"}")
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/commission-conclusion"))
                .then().statusCode(200);
        given().header("Authorization", token("operator1")).header("Accept-Language", "en")
                .when().post(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/decision"))
                .then().statusCode(201).body("kind", equalTo("UNCONDITIONAL"))
                .body("monthlyAmount", equalTo(60770.00f))
                .body("decidedBy", equalTo("operator1"));
        given().header("Authorization", token("auditor1"))
                .when().get(url(Suite.Service.ELIGIBILITY, "/api/v1/applications/" + id + "/decision"))
                .then().statusCode(200).body("shares[0].iin", equalTo("9001******03"));
    }
}
