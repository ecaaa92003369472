package kz.gov.tsa.web.openapi;

import kz.gov.tsa.web.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Every service's API document says what an error looks like: each 4xx and 5xx response of every operation is
 * {@code application/problem+json} with the {@code Problem} schema (RFC 9457 with {@code ruleId}, {@code violations}
 * and {@code parameters}, as {@link kz.gov.tsa.web.RefusalMapper} and the other mappers of libs/web write it), its
 * examples kept. Registered for every service by {@code mp.openapi.filter} in libs/web's configuration; a response
 * that documents another media type is left as it is.
 */
public final class ProblemResponsesFilter implements OASFilter {

    /** The component name of the problem schema. */
    public static final String PROBLEM = "Problem";
    /** The component name of one invalid input item. */
    public static final String VIOLATION = "Violation";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(VIOLATION, violation());
            components.addSchema(PROBLEM, problem());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::describe);
                }
            }
        }
    }

    private static void describe(String code, APIResponse response) {
        if (response == null || response.getRef() != null || !(code.startsWith("4") || code.startsWith("5"))) {
            return;
        }
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType media = content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            Map<String, MediaType> others = content.getMediaTypes();
            if (others != null && !others.isEmpty()) {
                return;
            }
            media = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
        if (media.getSchema() == null) {
            media.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM));
        }
    }

    private static Schema string(String description, Object example) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING).description(description);
        return example == null ? s : s.example(example);
    }

    static Schema problem() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details: why a request was refused or failed, in the caller's "
                        + "language (kk, ru or en by Accept-Language), with the business rule and the fields at fault")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("Problem type, urn:tsa:problem:<slug>", "urn:tsa:problem:conflict")
                        .format("uri-reference"))
                .addProperty("title", string("Short summary of the problem type", "Conflict"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("HTTP status code").example(409))
                .addProperty("detail", string("Explanation of this occurrence",
                        "Application 3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12 is already decided and cannot be withdrawn; "
                                + "a running assignment ends by revocation (ELIG-01, CON-06)."))
                .addProperty("instance", string("Request path of this occurrence",
                        "/api/v1/applications/3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12/withdrawal"))
                .addProperty("ruleId", string("The rule of RULES.md that refused the request", "ELIG-01"))
                .addProperty("errorId", string("Server errors only: the id under which the log holds the failure",
                        null))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Invalid input items, each naming its field")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + VIOLATION)))
                .addProperty("parameters", OASFactory.createSchema().addType(SchemaType.OBJECT)
                        .description("Machine-readable facts of the refusal (e.g. the other application, the rules)")
                        .additionalPropertiesBoolean(Boolean.TRUE));
    }

    static Schema violation() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description("One invalid input item")
                .required(List.of("message"))
                .addProperty("field", string("Path of the offending field; absent when the error is not one field's",
                        "members[0].iin"))
                .addProperty("message", string("What is wrong with it", "The IIN checksum is not valid."));
    }
}
