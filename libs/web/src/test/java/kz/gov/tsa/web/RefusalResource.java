package kz.gov.tsa.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

/** Test-only resource whose "use case" answers with a refusal value of each kind. */
@Path("/refusal")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalResource {

    @GET
    @Path("/{kind}")
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
