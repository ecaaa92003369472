package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** 401/403 with identities from {@code @TestSecurity}. */
@QuarkusTest
class TestSecurityProblemsTest {

    @Test
    @TestSecurity(user = "clerk", roles = "clerk")
    void wrongRoleIs403() {
        given().header("Accept-Language", "ru").when().get("/secure/officer").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:tsa:problem:forbidden"))
                .body("title", equalTo("Доступ запрещён"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void rightRolePasses() {
        given().when().get("/secure/officer").then().statusCode(200);
    }

    @Test
    void anonymousIs401() {
        given().when().get("/secure/officer").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Аутентификация қажет"));
    }
}
