package kz.gov.tsa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.gov.tsa.kernel.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import kz.gov.tsa.kernel.Refusal;

/** Test-only resource whose "use case" answers with a refusal value of each kind. */
@Path("/refusal")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalResource {

    @GET
    @Path("/{kind}")
    @APIResponse(responseCode = "200", description = "Never: every kind is refused")
    @APIResponse(responseCode = "404", description = "Documented without content")
    @APIResponse(responseCode = "409", description = "Documented with an example only", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "conflict",
            value = "{\"type\": \"urn:tsa:problem:conflict\", \"status\": 409, \"ruleId\": \"ELIG-02\"}")))
    public String refuse(@PathParam("kind") String kind) {
        Refusal refusal = switch (kind) {
            case "invalid" -> Refusal.invalid("ELIG-14", "test.already-submitted");
            case "forbidden" -> Refusal.forbidden("test.already-submitted");
            case "not-found" -> Refusal.notFound("test.application-missing", "42");
            case "conflict" -> Refusal.conflict("ELIG-02", "test.already-submitted")
                    .withField("members[1].iin", "test.iin-taken").with("otherApplicationId", "a-1");
            default -> Refusal.unprocessable("ELIG-10", "test.income-too-high", "250000", "100000");
        };
        Outcome<String> outcome = refusal.outcome();
        return outcome.orElseThrow();
    }
}
