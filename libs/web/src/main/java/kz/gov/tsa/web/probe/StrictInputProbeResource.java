package kz.gov.tsa.web.probe;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;

/**
 * Exists only in the {@code test} build profile (never in a packaged service): one write and one read endpoint that
 * every service's {@code @QuarkusTest} uses to prove that the shared libs/web configuration — strict JSON, request
 * checks, size limits answered with problem+json — is active in that service (see
 * {@code kz.gov.tsa.testing.web.SharedWebConfigurationContract}).
 */
@IfBuildProfile("test")
@Path("/tsa-test-probe")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StrictInputProbeResource {

    public enum Kind { SPOUSE, CHILD }

    /** A body with a text, an integer, a boolean, an enum and a money amount. */
    public record ProbeBody(@NotNull String name, int count, boolean flag, Kind kind, BigDecimal amount) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ProbeBody echo(@NotNull @Valid ProbeBody body) {
        return body;
    }

    @GET
    public String read(@QueryParam("note") String note) {
        return "{\"note\":\"" + (note == null ? "" : note.length()) + "\"}";
    }
}
