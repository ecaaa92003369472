package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.startsWithIgnoringCase;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * 401/403 through real HTTP Basic authentication, with the default proactive authentication: both from
 * {@code @RolesAllowed} (inside Quarkus REST) and from an HTTP permission policy (before Quarkus REST).
 */
@QuarkusTest
class SecurityProblemsTest {

    @Test
    void anonymousOnRolesAllowedIs401WithChallenge() {
        given().header("Accept-Language", "en").when().get("/secure/officer").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWithIgnoringCase("basic"))
                .header("Content-Language", "en")
                .body("type", equalTo("urn:tsa:problem:unauthorized"))
                .body("title", equalTo("Authentication required"))
                .body("status", equalTo(401));
    }

    @Test
    void wrongPasswordIs401() {
        given().auth().preemptive().basic("officer", "wrong").header("Accept-Language", "ru")
                .when().get("/secure/officer").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("Content-Language", "ru")
                .body("type", equalTo("urn:tsa:problem:unauthorized"))
                .body("title", equalTo("Требуется аутентификация"));
    }

    @Test
    void wrongRoleIs403() {
        given().auth().preemptive().basic("clerk", "clerk-pass").when().get("/secure/officer").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .header("Content-Language", "kk")
                .body("type", equalTo("urn:tsa:problem:forbidden"))
                .body("title", equalTo("Қол жеткізуге тыйым салынған"));
    }

    @Test
    void rightRolePasses() {
        given().auth().preemptive().basic("officer", "officer-pass").when().get("/secure/officer").then()
                .statusCode(200)
                .body(equalTo("hello officer"));
    }

    @Test
    void httpPolicyAnonymousIs401() {
        given().when().get("/policy/report").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:unauthorized"));
    }

    @Test
    void httpPolicyWrongRoleIs403() {
        given().auth().preemptive().basic("clerk", "clerk-pass").when().get("/policy/report").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:forbidden"));
    }

    @Test
    void httpPolicyWrongPasswordIs401() {
        given().auth().preemptive().basic("officer", "wrong").when().get("/policy/report").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:unauthorized"));
    }
}
