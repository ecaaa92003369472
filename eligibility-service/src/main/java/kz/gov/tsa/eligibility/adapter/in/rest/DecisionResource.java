package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.eligibility.application.port.in.DecisionQuery;
import kz.gov.tsa.eligibility.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.web.Callers;
import kz.gov.tsa.web.ProblemMessages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.UUID;

/** Decisions: read, replay (appeals and audits) and revoke (CON-06 (2)). */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "Eligibility decisions with their explanation, replay and revocation")
public class DecisionResource {

    private final DecisionQuery decisions;
    private final RevokeAssignmentUseCase revoke;
    private final Callers callers;

    @Inject
    DecisionResource(DecisionQuery decisions, RevokeAssignmentUseCase revoke, Callers callers) {
        this.decisions = decisions;
        this.revoke = revoke;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"operator", "commission", "auditor", "admin"})
    @Operation(summary = "One decision with its explanation (ELIG-15) in the caller's language")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "decision", value = ApiExamples.DECISION)))
    @APIResponse(responseCode = "404", description = "No such decision")
    public DecisionView byId(@Parameter(example = "9c1e5b7a-2f3d-4e6a-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id, @Context HttpHeaders headers) {
        Caller caller = callers.current();
        return decisions.byId(id, caller).map(d -> DecisionView.of(d, locale(headers), ApplicationResource.masksIins(caller)))
                .orElseThrow();
    }

    @GET
    @Path("/{id}/replay")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "Recompute the decision from its stored inputs and parameter versions",
            description = "The basis for appeals and audits: the outcome recomputed now, with the parameter versions "
                    + "the decision used (not today's values), next to the stored one; identical=true when they agree.")
    public ReplayView replay(@Parameter(example = "9c1e5b7a-2f3d-4e6a-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id, @Context HttpHeaders headers) {
        Caller caller = callers.current();
        var replay = decisions.replay(id, caller).orElseThrow();
        boolean masked = ApplicationResource.masksIins(caller);
        Locale locale = locale(headers);
        var recomputed = replay.stored().withOutcome(replay.recomputed());
        return new ReplayView(replay.identical(), DecisionView.of(replay.stored(), locale, masked),
                DecisionView.of(recomputed, locale, masked));
    }

    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @Operation(summary = "Revoke an assignment made unlawful by false information (CON-06 (2))",
            description = "Announces AssignmentRevoked: conditional payments to able-bodied members stop (PAY-03).")
    @APIResponse(responseCode = "409", description = "A refusal, or already revoked (CON-06)")
    public DecisionView revoke(@Parameter(example = "9c1e5b7a-2f3d-4e6a-8b9c-0d1e2f3a4b5c") @PathParam("id") UUID id, @NotNull @Valid RevocationRequest request,
                               @Context HttpHeaders headers) {
        var revoked = revoke.revoke(new RevokeAssignmentUseCase.Command(id, request.reason(), callers.current()))
                .orElseThrow();
        return DecisionView.of(revoked, locale(headers), false);
    }

    /** The stored and the recomputed decision. */
    public record ReplayView(boolean identical, DecisionView stored, DecisionView recomputed) {
    }

    private static Locale locale(HttpHeaders headers) {
        return ProblemMessages.resolve(headers.getAcceptableLanguages());
    }
}
