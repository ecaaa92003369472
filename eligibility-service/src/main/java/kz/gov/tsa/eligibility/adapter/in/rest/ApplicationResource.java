package kz.gov.tsa.eligibility.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.HttpHeaders;
import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.in.DecisionQuery;
import kz.gov.tsa.eligibility.application.port.in.GetApplicationQuery;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.web.ProblemMessages;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationUseCase;
import kz.gov.tsa.eligibility.application.port.in.WithdrawApplicationUseCase;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
import java.util.UUID;

/** Applications for TSA (ELIG-01, ELIG-14), submitted by the e-government portal or an operator. */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications for targeted social assistance with the whole family")
public class ApplicationResource {

    private final SubmitApplicationUseCase submit;
    private final GetApplicationQuery get;
    private final RecordCommissionConclusionUseCase conclusion;
    private final DecideEligibilityUseCase decide;
    private final DecisionQuery decisions;
    private final WithdrawApplicationUseCase withdrawal;
    private final Callers callers;

    @Inject
    ApplicationResource(SubmitApplicationUseCase submit, GetApplicationQuery get,
                        RecordCommissionConclusionUseCase conclusion, DecideEligibilityUseCase decide,
                        DecisionQuery decisions, WithdrawApplicationUseCase withdrawal, Callers callers) {
        this.withdrawal = withdrawal;
        this.submit = submit;
        this.get = get;
        this.conclusion = conclusion;
        this.decide = decide;
        this.decisions = decisions;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"portal", "operator"})
    @Operation(summary = "Submit an application with the whole family",
            description = "Stores the application and announces ApplicationReceived (tsa.eligibility.v1) in the same "
                    + "transaction. It then awaits the precinct commission (ELIG-10). Repeating the request with the "
                    + "same Idempotency-Key returns the first result (200) instead of creating another (201).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "mother with a small child", value = ApiExamples.SUBMIT)))
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = ApplicationView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "received", value = ApiExamples.APPLICATION)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier submission with the same Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in violations[]", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID)))
    @APIResponse(responseCode = "403", description = "Another region, or receivedOn without the role backdated-entry (ELIG-03)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different application")
    public Response submit(@NotNull @Valid SubmitApplicationRequest request,
                           @Parameter(description = "Client-chosen key making the submission idempotent")
                           @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200) String idempotencyKey,
                           @Context UriInfo uri) {
        Caller caller = callers.current();
        RegionCode region = RequestValues.region("regionCode", request.regionCode());
        var command = new SubmitApplicationCommand(region,
                Optional.ofNullable(request.quarter()).map(q -> RequestValues.quarter("quarter", q)),
                request.members().stream().map(SubmitApplicationRequest.Member::toDomain).toList(),
                request.living(),
                caller.hasRole("portal") ? Application.Channel.PORTAL : Application.Channel.OPERATOR,
                caller, Optional.ofNullable(idempotencyKey), request.conditionalPayment(),
                RequestValues.paperReceipt(request.receivedOn(), request.receivedOnReason()));
        SubmitApplicationUseCase.Result result = submit.submit(command).orElseThrow();
        ApplicationView view = ApplicationView.of(result.application(), false);
        if (result.replayed()) {
            return Response.ok(view).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"portal", "operator", "commission", "auditor", "admin"})
    @Operation(summary = "One application", description = "The portal sees only the applications it submitted.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = ApplicationView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "application", value = ApiExamples.APPLICATION)))
    @APIResponse(responseCode = "404", description = "No such application (or not visible to the caller)")
    public ApplicationView byId(@Parameter(example = "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12") @PathParam("id") UUID id) {
        Caller caller = callers.current();
        Application application = get.byId(id, caller).orElseThrow();
        return ApplicationView.of(application, masksIins(caller));
    }

    @POST
    @Path("/{id}/commission-conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("commission")
    @Operation(summary = "Record the precinct commission's conclusion (ELIG-10)",
            description = "A decision is possible only after it. Recording the same findings again changes nothing; "
                    + "other findings after the first are refused (409, ELIG-10). The social contract of a conditional "
                    + "assignment must be signed within 3 working days of it (CON-03).")
    @APIResponse(responseCode = "200", description = "Recorded (or the same findings were already recorded)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Another conclusion is already recorded (ELIG-10)")
    public Response conclude(@Parameter(example = "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12") @PathParam("id") UUID id, @NotNull @Valid CommissionConclusionRequest request) {
        var result = conclusion.record(new RecordCommissionConclusionUseCase.Command(id,
                request.factsConfirmed(), request.notes(), callers.current())).orElseThrow();
        return Response.ok(ApplicationView.of(result.application(), false))
                .header("Idempotent-Replayed", String.valueOf(result.replayed())).build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"portal", "operator", "admin"})
    @Operation(summary = "Withdraw an application before its decision (D-97, ELIG-01)",
            description = "The applicant withdraws it on the portal (the token's IIN is the applicant's), or the "
                    + "Centre's operator of its region does, with the reason. Its members are free at once to be "
                    + "named in another application (ELIG-01, PAY-04); nothing is decided or paid on it, and "
                    + "ApplicationWithdrawn closes its case in contract-service and its pipeline entry in "
                    + "payment-service. Withdrawing it again changes nothing (200, Idempotent-Replayed: true). A decided "
                    + "application cannot be withdrawn: a running assignment ends by revocation (CON-06).")
    @APIResponse(responseCode = "200", description = "Withdrawn (or already withdrawn)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "The portal's citizen is not the applicant")
    @APIResponse(responseCode = "404", description = "No such application (or not visible to the caller)")
    @APIResponse(responseCode = "409", description = "Already decided (ELIG-01)")
    public Response withdraw(@Parameter(example = "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12") @PathParam("id") UUID id,
                             @NotNull @Valid WithdrawalRequest request) {
        Caller caller = callers.current();
        var result = withdrawal.withdraw(new WithdrawApplicationUseCase.Command(id, request.reason(), caller))
                .orElseThrow();
        return Response.ok(ApplicationView.of(result.application(), masksIins(caller)))
                .header("Idempotent-Replayed", String.valueOf(result.replayed())).build();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("operator")
    @Operation(summary = "Decide the application (ELIG-01..15)",
            description = "Per-capita income of the income period against the region's poverty line for the quarter "
                    + "(ELIG-03), the amount (ELIG-04), unconditional or conditional (ELIG-05..09), the period "
                    + "(ELIG-12/13) and each member's share, with an explanation citing rule IDs and articles "
                    + "(ELIG-15). Stores the inputs and parameter versions for replay and announces EligibilityDecided "
                    + "in the same transaction. Deciding again returns the first decision (200).")
    @APIResponse(responseCode = "201", description = "Decided", content = @Content(schema = @Schema(implementation = DecisionView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "unconditional", value = ApiExamples.DECISION)))
    @APIResponse(responseCode = "200", description = "Already decided: the first decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "No precinct commission conclusion yet (ELIG-10)", content = @Content(
            mediaType = "application/problem+json", examples = @ExampleObject(name = "ELIG-10", value = ApiExamples.NO_CONCLUSION)))
    @APIResponse(responseCode = "422", description = "A reference parameter is missing for the date (named in the problem)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "missing parameter", value = ApiExamples.MISSING_PARAMETER)))
    public Response decide(@Parameter(example = "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12") @PathParam("id") UUID id, @Context HttpHeaders headers, @Context UriInfo uri) {
        var result = decide.decide(new DecideEligibilityUseCase.Command(id, callers.current())).orElseThrow();
        DecisionView view = DecisionView.of(result.decision(), ProblemMessages.resolve(headers.getAcceptableLanguages()), false);
        if (result.replayed()) {
            return Response.ok(view).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/decisions/" + view.id()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}/decision")
    @RolesAllowed({"portal", "operator", "commission", "auditor", "admin"})
    @Operation(summary = "The decision on an application, with its explanation in the caller's language")
    @APIResponse(responseCode = "200", description = "The decision", content = @Content(schema = @Schema(implementation = DecisionView.class), 
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "decision", value = ApiExamples.DECISION)))
    @APIResponse(responseCode = "404", description = "Not decided yet, or no such application visible to the caller")
    public DecisionView decisionOf(@Parameter(example = "3f2b8a1e-6c1d-4f5e-9a7b-2d4c6e8f0a12") @PathParam("id") UUID id, @Context HttpHeaders headers) {
        Caller caller = callers.current();
        return decisions.byApplication(id, caller)
                .map(d -> DecisionView.of(d, ProblemMessages.resolve(headers.getAcceptableLanguages()), masksIins(caller)))
                .orElseThrow();
    }

    /** An auditor who is not also an operator reads masked IINs. */
    static boolean masksIins(Caller caller) {
        return caller.hasRole("auditor") && !caller.hasRole("operator");
    }
}
