package kz.gov.tsa.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared OpenAPI filter (libs/web configuration, so every service has it): every 4xx/5xx response of the
 * document is problem+json with the Problem schema, whatever the resource documented — nothing, or an example only.
 */
@QuarkusTest
class ProblemResponsesOpenApiTest {

    @Test
    void everyErrorResponseIsProblemJsonWithTheProblemSchemaAndItsExamplesKept() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String responses = "paths.'/refusal/{kind}'.get.responses";
        String problem = "content.'application/problem+json'";

        assertThat(doc.getString(responses + ".'404'." + problem + ".schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getString(responses + ".'409'." + problem + ".schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(doc.getString(responses + ".'409'." + problem + ".examples.conflict.value")).contains("ELIG-02");
        assertThat(doc.getMap(responses + ".'200'.content")).as("a success is left alone")
                .doesNotContainKey("application/problem+json");

        assertThat(doc.getList("components.schemas.Problem.required")).containsExactly("type", "title", "status");
        assertThat(doc.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "instance", "ruleId", "violations", "parameters");
        assertThat(doc.getString("components.schemas.Problem.properties.violations.items.$ref"))
                .isEqualTo("#/components/schemas/Violation");
        assertThat(doc.getMap("components.schemas.Violation.properties")).containsKeys("field", "message");
    }
}
