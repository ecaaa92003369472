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

    /**
     * The shared OpenAPI filter is active: every 4xx/5xx response of the service's document is problem+json with
     * the Problem schema (or documents another media type on purpose), so that Swagger UI shows what a refusal holds;
     * and every JSON success response names its schema, also where the resource gives an example (D-98).
     */
    @Test
    void everyErrorResponseOfTheApiDocumentIsProblemJson() throws Exception {
        var document = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        org.junit.jupiter.api.Assertions.assertTrue(document.path("components").path("schemas").path("Problem")
                .path("properties").has("ruleId"), "the Problem schema");
        java.util.List<String> undescribed = new java.util.ArrayList<>();
        int errors = 0;
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                for (var response : operation.getValue().path("responses").properties()) {
                    if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                        continue;
                    }
                    errors++;
                    var content = response.getValue().path("content");
                    var problem = content.path("application/problem+json");
                    if (problem.isMissingNode() ? content.isEmpty()
                            : !problem.path("schema").path("$ref").asText().endsWith("/Problem")) {
                        undescribed.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey());
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(errors > 0, "error responses documented");
        java.util.List<String> successesWithoutSchema = new java.util.ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                for (var response : operation.getValue().path("responses").properties()) {
                    var json = response.getValue().path("content").path("application/json");
                    if (response.getKey().startsWith("2") && !json.isMissingNode() && !json.has("schema")) {
                        successesWithoutSchema.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
                                + response.getKey());
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), successesWithoutSchema,
                "JSON success responses without a schema (an example alone hides the model in Swagger UI)");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), undescribed,
                "error responses without the Problem schema");
    }
}
