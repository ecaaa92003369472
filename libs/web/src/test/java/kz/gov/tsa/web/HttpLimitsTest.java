package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.web.StrictProblems.problem;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Oversized requests are answered with problem+json, not an empty body (test limits in application.properties:
 * body 64K, request target 2048 characters, headers 8K).
 */
@QuarkusTest
class HttpLimitsTest {

    @Test
    void bodyAboveMaxBodySizeIsA413Problem() {
        String body = "{\"name\": \"" + "x".repeat(70 * 1024) + "\"}";
        problem(given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post("/strict/write").then(), 413, ProblemType.PAYLOAD_TOO_LARGE)
                .header("Content-Language", "en")
                .body("title", equalTo("Request body too large"))
                .body("parameters.limit", equalTo(64 * 1024))
                .body("instance", equalTo("/strict/write"));
    }

    @Test
    void bodyJustBelowTheLimitIsRead() {
        String body = "{\"name\": \"" + "x".repeat(60 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/strict/write").then().statusCode(200);
    }

    @Test
    void uriAboveTheLimitIsA414Problem() {
        problem(given().queryParam("note", "n".repeat(3000)).when().get("/strict/regions/ALA").then(), 414,
                ProblemType.URI_TOO_LONG)
                .header("Content-Language", "kk")
                .body("title", equalTo("Сұраныс URI-і тым ұзын"))
                .body("parameters.limit", equalTo(2048));
    }

    @Test
    void headersAboveTheLimitAreA431Problem() {
        problem(given().header("X-Padding", "p".repeat(9 * 1024)).header("Accept-Language", "ru")
                .when().get("/strict/regions/ALA").then(), 431, ProblemType.HEADERS_TOO_LARGE)
                .body("title", equalTo("Слишком большие заголовки запроса"))
                .body("parameters.limit", equalTo(8 * 1024));
    }

    @Test
    void requestsWithinTheLimitsPass() {
        given().queryParam("note", "n".repeat(1500)).header("X-Padding", "p".repeat(6 * 1024))
                .when().get("/strict/regions/ALA").then().statusCode(200);
    }
}
