package kz.gov.tsa.web;

import static io.restassured.RestAssured.given;
import static kz.gov.tsa.web.StrictProblems.naming;
import static kz.gov.tsa.web.StrictProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Headers, query and path parameters and the body's media type are checked before a resource runs. */
@QuarkusTest
class RequestChecksTest {

    private static final String BODY = "{\"name\": \"x\"}";

    @Test
    void nulInAQueryParameterIsA400NamingIt() {
        naming(given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(BODY)
                .header("Accept-Language", "en")
                .when().post("/strict/write?note=a%00b").then(), 400, ProblemType.VALIDATION, "note")
                .body("violations", hasSize(1))
                .body("violations[0].message", equalTo("Must not contain the NUL character (U+0000)."));
        naming(given().queryParam("anything", "\u0000").when().get("/strict/regions/ALA").then(), 400,
                ProblemType.VALIDATION, "anything");
    }

    @Test
    void nulInAPathParameterIsA400NamingIt() {
        naming(given().urlEncodingEnabled(false).when().get("/strict/regions/AL%00A").then(), 400,
                ProblemType.VALIDATION, "code");
    }

    /**
     * NUL and other control characters in a header never reach the service: the Vert.x/Netty HTTP codec refuses the
     * request with a bare 400 before any handler runs (Quarkus exposes no hook to give it a body).
     */
    @Test
    void controlCharacterInAHeaderIsRefusedByTheHttpCodec() throws IOException {
        for (String value : new String[] { "a\u0000b", "a\u0001b", "del\u007f" }) {
            assertThat(RawHttp.get("/strict/idempotent", "Idempotency-Key: " + value).status()).isEqualTo(400);
            assertThat(RawHttp.get("/strict/regions/ALA", "X-Note: " + value).status()).isEqualTo(400);
        }
    }

    private static void assertRefused(RawHttp response, int status, String field) {
        assertProblem(response, status, ProblemType.VALIDATION, field);
    }

    private static void assertProblem(RawHttp response, int status, String slug, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().getString("type")).isEqualTo(ProblemType.uri(slug));
        assertThat(response.json().getString("violations[0].field")).isEqualTo(field);
    }

    @Test
    void queryParameterRefusedByItsTypeIsA400NamingIt() {
        naming(given().contentType(ContentType.JSON).body(BODY).queryParam("month", "2024-13")
                .header("Accept-Language", "en")
                .when().post("/strict/write").then(), 400, ProblemType.VALIDATION, "month")
                .body("violations[0].message", equalTo("Invalid value."));
        naming(given().contentType(ContentType.JSON).body(BODY).queryParam("quarter", "2000-Q1")
                .when().post("/strict/write").then(), 400, ProblemType.VALIDATION, "quarter");
        naming(given().contentType(ContentType.JSON).body(BODY).queryParam("count", "12.5")
                .when().post("/strict/write").then(), 400, ProblemType.VALIDATION, "count");
        naming(given().queryParam("size", "many").when().get("/probe/page").then(), 400, ProblemType.VALIDATION,
                "size");
    }

    @Test
    void pathParameterRefusedByItsTypeIsA400NamingIt() {
        naming(given().when().get("/strict/months/2024-13").then(), 400, ProblemType.VALIDATION, "month");
        given().when().get("/strict/months/2024-05").then().statusCode(200).body("month", equalTo("2024-05"));
    }

    /** Sent raw: REST Assured's {@code noContentType()} still lets a default media type through. */
    @Test
    void bodyWithoutContentTypeIsA415() throws IOException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        RawHttp sized = RawHttp.send("POST", "/strict/write", body, "Content-Length: " + body.length,
                "Accept-Language: en");
        assertProblem(sized, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
        assertThat(sized.json().getString("violations[0].message"))
                .isEqualTo("A request with a body must state its Content-Type (application/json).");
        byte[] chunked = ("%x\r\n%s\r\n0\r\n\r\n".formatted(body.length, BODY)).getBytes(StandardCharsets.UTF_8);
        assertProblem(RawHttp.send("PUT", "/strict/write", chunked, "Transfer-Encoding: chunked"), 415,
                ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
    }

    @Test
    void requestWithoutBodyNeedsNoContentType() throws IOException {
        assertThat(RawHttp.send("POST", "/strict/write", new byte[0], "Content-Length: 0").status()).isEqualTo(200);
    }

    @Test
    void bodyWithAWrongContentTypeIsA415() {
        problem(given().contentType(ContentType.TEXT).body(BODY).when().post("/strict/write").then(), 415,
                ProblemType.UNSUPPORTED_MEDIA_TYPE);
        problem(given().contentType("application/x-www-form-urlencoded").body("name=x")
                .when().post("/strict/write").then(), 415, ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void invalidIdempotencyKeyIsA400NamingTheHeader() throws IOException {
        for (String key : new String[] { "", "   ", "ключ", "two words", "tab\tbed" }) {
            assertRefused(RawHttp.get("/strict/idempotent", "Idempotency-Key: " + key), 400, "Idempotency-Key");
        }
        for (String key : new String[] { "k".repeat(256), "two words" }) {
            naming(given().header(RequestChecks.IDEMPOTENCY_KEY, key).header("Accept-Language", "en")
                    .when().get("/strict/idempotent").then(), 400, ProblemType.VALIDATION, "Idempotency-Key")
                    .body("violations[0].message", equalTo("Must be 1 to 255 visible ASCII characters, given once."));
        }
        naming(given().header(RequestChecks.IDEMPOTENCY_KEY, "a").header(RequestChecks.IDEMPOTENCY_KEY, "b")
                .when().get("/strict/idempotent").then(), 400, ProblemType.VALIDATION, "Idempotency-Key");
    }

    @Test
    void validOrAbsentIdempotencyKeyPasses() {
        String longest = "k".repeat(255);
        given().header(RequestChecks.IDEMPOTENCY_KEY, longest).when().get("/strict/idempotent").then()
                .statusCode(200).body("key", equalTo(longest));
        given().header("idempotency-key", "3f2c-ALA_2024~!").when().get("/strict/idempotent").then()
                .statusCode(200).body("key", equalTo("3f2c-ALA_2024~!"));
        given().when().get("/strict/idempotent").then().statusCode(200).body("key", equalTo("null"));
    }
}
