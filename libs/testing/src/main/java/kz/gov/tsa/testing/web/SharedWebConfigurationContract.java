package kz.gov.tsa.testing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Proves in a service's own {@code @QuarkusTest} that the shared libs/web configuration is active there (issue "Shared
 * kernel" §5): strict JSON (duplicate keys, scalar coercion, trailing content, NUL), the request checks (no
 * Content-Type) and the size limits, each a 4xx problem+json naming the field. A service's test only extends it:
 * <pre>{@code
 * @QuarkusTest
 * class SharedWebConfigurationTest extends SharedWebConfigurationContract {
 * }
 * }</pre>
 * It talks to the test-profile probe of libs/web ({@code /tsa-test-probe}), which a packaged service does not have.
 */
public abstract class SharedWebConfigurationContract {

    private static final String PROBE = "/tsa-test-probe";
    private static final String VALID = "{\"name\": \"Әлеуметтік көмек\", \"count\": 3, \"flag\": true, "
            + "\"kind\": \"CHILD\", \"amount\": 100.50}";

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post(PROBE).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }

    @Test
    void aValidBodyIsAccepted() {
        post(VALID).statusCode(200).body("name", equalTo("Әлеуметтік көмек")).body("count", equalTo(3));
    }

    @Test
    void aDuplicateKeyIsA400NamingIt() {
        problem(post("{\"name\": \"a\", \"name\": \"b\", \"count\": 1}"), 400).body("violations.field", hasItem("name"));
    }

    @Test
    void scalarsAreNotCoercedAndEachRefusalNamesItsField() {
        problem(post("{\"name\": \"a\", \"count\": \"3\"}"), 400).body("violations.field", hasItem("count"));
        problem(post("{\"name\": \"a\", \"flag\": 1}"), 400).body("violations.field", hasItem("flag"));
        problem(post("{\"name\": \"a\", \"kind\": 0}"), 400).body("violations.field", hasItem("kind"));
        problem(post("{\"name\": \"a\", \"amount\": \"1e3\"}"), 400).body("violations.field", hasItem("amount"));
        problem(post("{\"name\": 7}"), 400).body("violations.field", hasItem("name"));
    }

    @Test
    void trailingContentUnknownPropertiesAndNulAreRefused() {
        problem(post(VALID + " {}"), 400);
        problem(post("{\"name\": \"a\", \"surprise\": 1}"), 400).body("violations.field", hasItem("surprise"));
        problem(post("{\"name\": \"a\\u0000b\"}"), 400).body("violations.field", hasItem("name"));
    }

    @Test
    void aBodyWithoutContentTypeIsA415Problem() {
        problem(given().body(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post(PROBE).then(), 415);
    }

    @Test
    void aNulInAQueryParameterIsA400Problem() {
        problem(given().urlEncodingEnabled(true).queryParam("note", "a\u0000b").when().get(PROBE).then(), 400);
    }

    @Test
    void aUriAboveTheLimitIsA414Problem() {
        problem(given().queryParam("note", "n".repeat(5000)).when().get(PROBE).then(), 414);
    }

    /** The service's OpenAPI document. */
    private static com.fasterxml.jackson.databind.JsonNode apiDocument() throws java.io.IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    /** "METHOD path code" of every response of the document whose code and body satisfy {@code which}. */
    private static java.util.List<String> responses(com.fasterxml.jackson.databind.JsonNode document,
            java.util.function.BiPredicate<String, com.fasterxml.jackson.databind.JsonNode> which) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                for (var response : operation.getValue().path("responses").properties()) {
                    if (which.test(response.getKey(), response.getValue())) {
                        found.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The shared OpenAPI filter is active (D-98): every 4xx/5xx response of the service's document is problem+json
     * with the Problem schema (or documents another media type on purpose), so that Swagger UI shows what a refusal
     * holds.
     */
    @Test
    void everyErrorResponseOfTheApiDocumentIsProblemJson() throws Exception {
        var document = apiDocument();
        org.junit.jupiter.api.Assertions.assertTrue(document.path("components").path("schemas").path("Problem")
                .path("properties").has("ruleId"), "the Problem schema");
        java.util.function.BiPredicate<String, com.fasterxml.jackson.databind.JsonNode> error =
                (code, response) -> code.startsWith("4") || code.startsWith("5");
        org.junit.jupiter.api.Assertions.assertFalse(responses(document, error).isEmpty(), "error responses documented");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), responses(document, error.and((code, r) -> {
            var content = r.path("content");
            var problem = content.path("application/problem+json");
            return problem.isMissingNode() ? content.isEmpty()
                    : !problem.path("schema").path("$ref").asText().endsWith("/Problem");
        })), "error responses without the Problem schema");
    }

    /** D-98: every JSON success response names its schema — an example alone hides the model in Swagger UI. */
    @Test
    void everyJsonSuccessResponseOfTheApiDocumentNamesItsSchema() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), responses(apiDocument(), (code, r) -> {
            var json = r.path("content").path("application/json");
            return code.startsWith("2") && !json.isMissingNode() && !json.has("schema");
        }), "JSON success responses without a schema");
    }
}
