package kz.gov.tsa.contract.adapter.in.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.gov.tsa.contract.application.port.in.AddPlanActivityUseCase;
import kz.gov.tsa.contract.application.port.in.ConfirmBreachUseCase;
import kz.gov.tsa.contract.application.port.in.ContractWorklistQuery;
import kz.gov.tsa.contract.application.port.in.DismissBreachUseCase;
import kz.gov.tsa.contract.application.port.in.ExtendContractUseCase;
import kz.gov.tsa.contract.application.port.in.FindFamilyContractsQuery;
import kz.gov.tsa.contract.application.port.in.GetContractQuery;
import kz.gov.tsa.contract.application.port.in.RecordActivityProgressUseCase;
import kz.gov.tsa.contract.application.port.in.RecordBreachUseCase;
import kz.gov.tsa.contract.application.port.in.SignContractUseCase;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Social contracts (CON-01..13): read by the region's operators, auditors and the family itself (portal); changed
 * by the region's operators. Every refusal is a problem+json with its rule ID.
 */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Social contracts, family assistance plans, signing, extension and breaches")
public class ContractResource {

    private static final String ID_EXAMPLE = "5b0c7c2e-1f0a-4d8e-9b7a-3c2d1e0f9a8b";

    private final Callers callers;
    private final GetContractQuery get;
    private final FindFamilyContractsQuery byFamily;
    private final ContractWorklistQuery worklist;
    private final AddPlanActivityUseCase addActivity;
    private final SignContractUseCase sign;
    private final ExtendContractUseCase extend;
    private final RecordBreachUseCase recordBreach;
    private final ConfirmBreachUseCase confirmBreach;
    private final DismissBreachUseCase dismissBreach;
    private final RecordActivityProgressUseCase progress;

    @Inject
    ContractResource(Callers callers, GetContractQuery get, FindFamilyContractsQuery byFamily,
                     ContractWorklistQuery worklist, AddPlanActivityUseCase addActivity, SignContractUseCase sign,
                     ExtendContractUseCase extend, RecordBreachUseCase recordBreach, ConfirmBreachUseCase confirmBreach,
                     DismissBreachUseCase dismissBreach, RecordActivityProgressUseCase progress) {
        this.callers = callers;
        this.get = get;
        this.byFamily = byFamily;
        this.worklist = worklist;
        this.addActivity = addActivity;
        this.sign = sign;
        this.extend = extend;
        this.recordBreach = recordBreach;
        this.confirmBreach = confirmBreach;
        this.dismissBreach = dismissBreach;
        this.progress = progress;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"operator", "portal", "auditor", "admin"})
    @Operation(summary = "One contract with its plan progress and breach history",
            description = "Operators see their region's contracts, auditors all, the portal only its own family's (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The contract", content = @Content(schema = @Schema(implementation = ContractView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "signed", value = ContractApiExamples.CONTRACT)))
    @APIResponse(responseCode = "404", description = "No such contract, or not visible to the caller")
    public ContractView byId(@Parameter(example = ID_EXAMPLE) @PathParam("id") UUID id) {
        return get.get(callers.current(), id).map(ContractView::of).orElseThrow();
    }

    @GET
    @RolesAllowed({"operator", "portal", "auditor", "admin"})
    @Operation(summary = "A family's contracts, oldest first (those the caller may see)")
    public List<ContractView> ofFamily(@Parameter(example = "F-3f2b8a1e6c1d4f5e9a7b2d4c6e8f0a12")
                                       @QueryParam("familyId") @NotBlank String familyId) {
        return byFamily.byFamily(callers.current(), familyId).stream().map(ContractView::of).toList();
    }

    @GET
    @Path("/worklist/{list}")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "An operator's day: TO_SIGN_TODAY, OVERDUE, ENDING_IN_MONTH, BREACHES_AWAITING_CONFIRMATION",
            description = "Of the caller's region (403 for another region); month (YYYY-MM) for ENDING_IN_MONTH, this month by default.")
    public List<ContractView> worklist(@PathParam("list") Worklist list,
                                       @QueryParam("regionCode") RegionCode regionCode,
                                       @QueryParam("month") @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])",
                                               message = "{tsa.month.invalid}") String month) {
        return worklist.list(callers.current(), list, Optional.ofNullable(month).map(YearMonth::parse),
                Optional.ofNullable(regionCode)).orElseThrow().stream().map(ContractView::of).toList();
    }

    @POST
    @Path("/{id}/plan/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Add an activity to the family assistance plan (CON-02, CON-10, CON-11, CON-13)",
            description = "422 CON-09 when an exempt member would be obliged to an active employment measure.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "social job", value = ContractApiExamples.ACTIVITY)))
    @APIResponse(responseCode = "200", description = "The contract with the activity")
    @APIResponse(responseCode = "422", description = "CON-09: the member need not take part in employment measures",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "CON-09", value = ContractApiExamples.CON09)))
    public ContractView addActivity(@PathParam("id") UUID id, @NotNull @Valid ContractRequests.AddActivity r) {
        return ContractView.of(addActivity.add(new AddPlanActivityUseCase.Command(callers.current(), id, r.personKey(),
                r.kind(), r.domain(), r.description(), r.dueDate())).orElseThrow());
    }

    @POST
    @Path("/{id}/plan/activities/{activityId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Record an activity's progress (CON-02, CON-12): PLANNED, IN_PROGRESS, DONE or NOT_DONE")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "done", value = "{\"status\": \"DONE\"}")))
    public ContractView progress(@PathParam("id") UUID id, @PathParam("activityId") UUID activityId,
                                 @NotNull @Valid ContractRequests.Progress r) {
        return ContractView.of(progress.record(new RecordActivityProgressUseCase.Command(callers.current(), id,
                activityId, r.status())).orElseThrow());
    }

    @POST
    @Path("/{id}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Record the recipient's signature (CON-03) → ContractSigned, term from CON-04",
            description = "409 CON-03 after the deadline or when not a draft; 422 CON-02 without a plan.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "signed on time", value = ContractApiExamples.SIGN)))
    public ContractView sign(@PathParam("id") UUID id, @NotNull @Valid ContractRequests.Sign r) {
        return ContractView.of(sign.sign(new SignContractUseCase.Command(callers.current(), id, r.signedOn(),
                r.signatory(), r.assistant(), r.consultant())).orElseThrow());
    }

    @POST
    @Path("/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Extend once by up to 6 months (CON-05, ELIG-11) → ContractExtended",
            description = "409 CON-05 for a second extension; 422 CON-05 outside 1..6 months.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "social job not finished", value = ContractApiExamples.EXTEND)))
    public ContractView extend(@PathParam("id") UUID id, @NotNull @Valid ContractRequests.Extend r) {
        return ContractView.of(extend.extend(new ExtendContractUseCase.Command(callers.current(), id, r.months(),
                r.reason(), r.recommendation(), r.recommendedOn())).orElseThrow());
    }

    @POST
    @Path("/{id}/breaches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Record a breach (CON-06 (1)): first → SanctionApplied (CON-07), second → ContractTerminated (CON-08)",
            description = "409 CON-08 after termination; 409 CON-06 when the contract is not signed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "left the social job", value = ContractApiExamples.BREACH)))
    public ContractView recordBreach(@PathParam("id") UUID id, @NotNull @Valid ContractRequests.RecordBreach r) {
        return ContractView.of(recordBreach.record(new RecordBreachUseCase.Command(callers.current(), id,
                r.personKey(), r.reason(), r.occurredOn(), r.evidence())).orElseThrow());
    }

    @POST
    @Path("/{id}/breaches/{breachId}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Confirm a proposed breach (CON-07 on the first, CON-08 on the second)")
    public ContractView confirm(@PathParam("id") UUID id, @PathParam("breachId") UUID breachId,
                                @NotNull @Valid ContractRequests.Decide r) {
        return ContractView.of(confirmBreach.confirm(new ConfirmBreachUseCase.Command(callers.current(), id, breachId,
                r.note())).orElseThrow());
    }

    @POST
    @Path("/{id}/breaches/{breachId}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "Dismiss a proposed breach (nothing else changes)")
    public ContractView dismiss(@PathParam("id") UUID id, @PathParam("breachId") UUID breachId,
                                @NotNull @Valid ContractRequests.Decide r) {
        return ContractView.of(dismissBreach.dismiss(new DismissBreachUseCase.Command(callers.current(), id, breachId,
                r.note())).orElseThrow());
    }
}
