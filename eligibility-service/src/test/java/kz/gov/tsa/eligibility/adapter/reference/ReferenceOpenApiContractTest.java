package kz.gov.tsa.eligibility.adapter.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI contract of the reference-data API (issue 8 §6, D-90): every operation under
 * {@code /api/v1/reference} keeps its summary, description, parameters, request body, responses
 * (codes, descriptions, media types, examples, schemas), tags and security, and every component
 * schema those reach, exactly as in the
 * snapshot {@code openapi/reference-operations.json}. A refactoring of the resources must not
 * change it; a deliberate change of the documentation updates the snapshot in the same commit
 * (the actual document is written to {@code target/reference-operations.actual.json} to diff).
 */
@QuarkusTest
class ReferenceOpenApiContractTest {

    static final String PREFIX = "/api/v1/reference";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void everyReferenceOperationKeepsItsDocumentedContract() throws IOException {
        ObjectNode actual = referenceOperations();
        Path written = Path.of("target", "reference-operations.actual.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writeValueAsString(JSON.treeToValue(actual, Object.class)));

        JsonNode expected = snapshot();
        assertThat(fieldNames(actual)).as("reference paths").containsExactlyInAnyOrderElementsOf(fieldNames(expected));
        for (String key : fieldNames(expected)) {
            assertThat(actual.get(key)).as("operation %s (diff %s against the snapshot)", key, written)
                    .isEqualTo(expected.get(key));
        }
    }

    @Test
    void everyReferenceOperationIsSummarisedSecuredAndAnswersWithDocumentedResponses() {
        ObjectNode actual = referenceOperations();
        assertThat(fieldNames(actual).stream().filter(k -> !k.startsWith("SCHEMA "))).hasSize(29);
        actual.properties().stream().filter(e -> !e.getKey().startsWith("SCHEMA ")).forEach(e -> {
            JsonNode operation = e.getValue();
            assertThat(operation.path("summary").asText()).as("summary of %s", e.getKey()).isNotBlank();
            assertThat(operation.path("security").isArray() && !operation.path("security").isEmpty())
                    .as("security of %s", e.getKey()).isTrue();
            assertThat(operation.path("responses").has("200") || operation.path("responses").has("201"))
                    .as("success response of %s", e.getKey()).isTrue();
            assertThat(operation.path("tags").toString()).as("tag of %s", e.getKey()).contains("Reference data");
        });
    }

    /** "METHOD path" → the operation object, for every reference path. */
    static ObjectNode referenceOperations() {
        String body = RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            JsonNode document = JSON.readTree(body);
            JsonNode paths = document.path("paths");
            ObjectNode operations = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                if (!path.getKey().startsWith(PREFIX)) {
                    continue;
                }
                for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                    if (METHODS.contains(method.getKey())) {
                        operations.set(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }
            }
            addReferencedSchemas(operations, document.path("components").path("schemas"));
            return operations;
        } catch (IOException e) {
            throw new AssertionError("the OpenAPI document is not JSON", e);
        }
    }

    /** "SCHEMA name" → every component schema the operations reach, transitively (the bodies and views). */
    static void addReferencedSchemas(ObjectNode operations, JsonNode schemas) {
        Deque<JsonNode> open = new ArrayDeque<>();
        operations.forEach(open::add);
        Set<String> seen = new TreeSet<>();
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            for (JsonNode ref : node.findValues("$ref")) {
                String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.has(name)) {
                    open.push(schemas.get(name));
                }
            }
        }
        for (String name : seen) {
            operations.set("SCHEMA " + name, schemas.path(name));
        }
    }

    static JsonNode snapshot() throws IOException {
        try (InputStream in = ReferenceOpenApiContractTest.class.getResourceAsStream("/openapi/reference-operations.json")) {
            assertThat(in).as("snapshot openapi/reference-operations.json").isNotNull();
            return JSON.readTree(in);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
