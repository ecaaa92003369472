package kz.gov.tsa.employment.adapter.in.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.employment.application.port.in.CompleteMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.DecideUnemployedUseCase;
import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.EmployerAnswerQueueQuery;
import kz.gov.tsa.employment.application.port.in.FindPersonRegistrationsQuery;
import kz.gov.tsa.employment.application.port.in.GetRegistrationQuery;
import kz.gov.tsa.employment.application.port.in.InviteForMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.RecordInvitationArrivalUseCase;
import kz.gov.tsa.employment.application.port.in.OfferQueueQuery;
import kz.gov.tsa.employment.application.port.in.PublicWorksQueueQuery;
import kz.gov.tsa.employment.application.port.in.QuitMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.RecordCheckInUseCase;
import kz.gov.tsa.employment.application.port.in.RecordEmployerAnswerUseCase;
import kz.gov.tsa.employment.application.port.in.RecordOfferUseCase;
import kz.gov.tsa.employment.application.port.in.RecordReferralOutcomeUseCase;
import kz.gov.tsa.employment.application.port.in.ReferUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.application.port.in.StartMeasureUseCase;
import kz.gov.tsa.employment.domain.Documents;
import kz.gov.tsa.employment.domain.LegalRepresentative;
import kz.gov.tsa.employment.domain.MeasureFacts;
import kz.gov.tsa.employment.domain.Offer;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Job seekers and the unemployed (EMP-01..10), referrals (PRG-10) and active measures (PRG-01..09). Operators work
 * on their region, the portal on the citizen's own registration, akimats record rural check-ins of their region,
 * auditors read. Every refusal is a problem+json with its rule ID.
 */
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Job seekers, the unemployed, check-ins, deregistration, referrals and measures")
public class RegistrationResource {

    private final Callers callers;
    private final RegisterJobSeekerUseCase register;
    private final GetRegistrationQuery get;
    private final OfferQueueQuery queue;
    private final RecordOfferUseCase offer;
    private final DecideUnemployedUseCase unemployed;
    private final RecordCheckInUseCase checkIn;
    private final DeregisterUseCase deregister;
    private final ReferUseCase refer;
    private final RecordReferralOutcomeUseCase referralOutcome;
    private final StartMeasureUseCase startMeasure;
    private final QuitMeasureUseCase quitMeasure;
    private final PublicWorksQueueQuery publicWorks;
    private final InviteForMeasureUseCase invite;
    private final RecordInvitationArrivalUseCase arrival;
    private final FindPersonRegistrationsQuery ofPerson;
    private final RecordEmployerAnswerUseCase employerAnswer;
    private final EmployerAnswerQueueQuery employerAnswerQueue;
    private final CompleteMeasureUseCase completeMeasure;

    @Inject
    RegistrationResource(Callers callers, RegisterJobSeekerUseCase register, GetRegistrationQuery get,
                         OfferQueueQuery queue, RecordOfferUseCase offer, DecideUnemployedUseCase unemployed,
                         RecordCheckInUseCase checkIn, DeregisterUseCase deregister, ReferUseCase refer,
                         RecordReferralOutcomeUseCase referralOutcome, StartMeasureUseCase startMeasure,
                         QuitMeasureUseCase quitMeasure, PublicWorksQueueQuery publicWorks,
                         InviteForMeasureUseCase invite, RecordInvitationArrivalUseCase arrival,
                         FindPersonRegistrationsQuery ofPerson, RecordEmployerAnswerUseCase employerAnswer,
                         EmployerAnswerQueueQuery employerAnswerQueue, CompleteMeasureUseCase completeMeasure) {
        this.callers = callers;
        this.register = register;
        this.get = get;
        this.queue = queue;
        this.offer = offer;
        this.unemployed = unemployed;
        this.checkIn = checkIn;
        this.deregister = deregister;
        this.refer = refer;
        this.referralOutcome = referralOutcome;
        this.startMeasure = startMeasure;
        this.quitMeasure = quitMeasure;
        this.publicWorks = publicWorks;
        this.invite = invite;
        this.arrival = arrival;
        this.ofPerson = ofPerson;
        this.employerAnswer = employerAnswer;
        this.employerAnswerQueue = employerAnswerQueue;
        this.completeMeasure = completeMeasure;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "portal"})
    @Operation(summary = "Register a job seeker (EMP-01/02)",
            description = "By an operator of the region of residence, or by the portal for the citizen themself (the token's "
                    + "subject is the IIN). Under 16 needs the legal representative's application. Within 30 days of a "
                    + "deregistration under EMP-08 (1)-(3) it is a 409 EMP-09 naming the first allowed day.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "operator", value = RegistryApiExamples.REGISTER)))
    @APIResponse(responseCode = "201", description = "Registered; the EMP-03 window and the first check-in day are set",
            content = @Content(schema = @Schema(implementation = RegistrationView.class), mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "job seeker", value = RegistryApiExamples.REGISTRATION)))
    @APIResponse(responseCode = "409", description = "EMP-09 ban, or an open registration exists",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "EMP-09", value = RegistryApiExamples.BANNED)))
    public Response register(@NotNull @Valid RegistrationRequests.Register body) {
        Iin iin = Iin.parse(body.iin());
        RegionCode region = region(body.regionCode());
        LegalRepresentative rep = body.legalRepresentative() == null ? null : new LegalRepresentative(
                body.legalRepresentative().fullName(),
                body.legalRepresentative().iin() == null ? null : Iin.mask(body.legalRepresentative().iin()),
                body.legalRepresentative().applicationReference(), body.legalRepresentative().appliedOn());
        var documents = new Documents(body.documents().identity(), body.documents().workRecord(),
                body.documents().education());
        var r = register.register(new RegisterJobSeekerUseCase.Command(callers.current(), iin, region, body.rural(),
                documents, rep, body.familyId())).orElseThrow();
        return Response.created(URI.create("/api/v1/registrations/" + r.id())).entity(RegistrationView.of(r)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"operator", "portal", "akimat", "auditor", "admin"})
    @Operation(summary = "One registration", description = "Of the caller's region, or the citizen's own (portal); 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(schema = @Schema(implementation = RegistrationView.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "job seeker", value = RegistryApiExamples.REGISTRATION)))
    public RegistrationView byId(@PathParam("id") UUID id) {
        return get.get(callers.current(), id).map(RegistrationView::of).orElseThrow();
    }

    @GET
    @RolesAllowed({"operator", "portal", "akimat", "auditor", "admin"})
    @Operation(summary = "A person's registrations, oldest first",
            description = "By person key (64 hex digits, D-13): those the caller may see. The portal without a key: the citizen's own.")
    public List<RegistrationView> ofPerson(@QueryParam("personKey") @jakarta.validation.constraints.Pattern(
            regexp = "[0-9a-f]{64}", message = "{registry.person-key.invalid}") String personKey) {
        return ofPerson.ofPerson(callers.current(), Optional.ofNullable(personKey)).stream().map(RegistrationView::of)
                .toList();
    }

    @GET
    @Path("/offer-queue")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "EMP-03: job seekers still waiting for an offer, nearest deadline first",
            description = "With the working days left (EMP-10 calendar) of the caller's region (403 for another region).")
    public List<RegistrationView.QueueEntry> offerQueue(@QueryParam("regionCode") RegionCode regionCode) {
        return queue.queue(callers.current(), Optional.ofNullable(regionCode)).orElseThrow().stream()
                .map(e -> new RegistrationView.QueueEntry(e.registration().id(), e.registration().maskedIin(),
                        e.registration().region().value(), e.registration().registeredOn(),
                        e.registration().offerDeadline(), e.workingDaysLeft())).toList();
    }

    @GET
    @Path("/public-works-queue")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "PRG-07: the unemployed in the order public works are offered to them",
            description = "First those without a job-loss social payment and registered as unemployed more than 6 months, "
                    + "then those meeting one of the two, then the others; each group by registration date.")
    public List<RegistrationView.PublicWorksEntry> publicWorksQueue(@QueryParam("regionCode") RegionCode regionCode) {
        return publicWorks.queue(callers.current(), Optional.ofNullable(regionCode)).orElseThrow().stream()
                .map(e -> new RegistrationView.PublicWorksEntry(e.registration().id(), e.registration().maskedIin(),
                        e.registration().region().value(), e.registration().unemployedSince(), e.priorities()))
                .toList();
    }

    @POST
    @Path("/{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "EMP-03 / PRG-09: record the offer of suitable work or vocational orientation")
    public RegistrationView recordOffer(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.MakeOffer body) {
        return RegistrationView.of(offer.record(new RecordOfferUseCase.Command(callers.current(), id,
                new Offer(body.kind(), body.on(), body.description()))).orElseThrow());
    }

    @POST
    @Path("/{id}/unemployed-application")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "EMP-05/06: decide on registration as unemployed",
            description = "After the EMP-03 window. Registered from the application day, or refused citing every EMP-06 "
                    + "reason that applies (the retirement age is eligibility-service's value of the day, D-40); "
                    + "the notification day is 10 calendar days after the application.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "application", value = RegistryApiExamples.UNEMPLOYED)))
    public RegistrationView applyUnemployed(@PathParam("id") UUID id,
                                            @NotNull @Valid RegistrationRequests.ApplyUnemployed body) {
        return RegistrationView.of(unemployed.decide(new DecideUnemployedUseCase.Command(callers.current(), id,
                body.appliedOn(), body.working(), body.falseDocuments(),
                Boolean.TRUE.equals(body.receivesJobLossPayment()))).orElseThrow());
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator", "akimat"})
    @Operation(summary = "EMP-04/07: record a check-in",
            description = "At the Centre (operator of the region) or, for a rural resident, at the akim (akimat of the region).")
    public RegistrationView checkIn(@PathParam("id") UUID id, @Valid RegistrationRequests.CheckIn body) {
        return RegistrationView.of(checkIn.checkIn(new RecordCheckInUseCase.Command(callers.current(), id,
                body == null ? null : body.on())).orElseThrow());
    }

    @POST
    @Path("/{id}/deregistration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "EMP-08: deregister for one of the six reasons",
            description = "A valid reason prevents (2) and (3) (409 EMP-08). Announces Deregistered with the first day of a "
                    + "new registration (EMP-09).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "check-ins broken", value = RegistryApiExamples.DEREGISTER)))
    public RegistrationView deregister(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.Deregister body) {
        return RegistrationView.of(deregister.deregister(new DeregisterUseCase.Command(callers.current(), id,
                body.reason(), body.on(), body.validReason(), body.note())).orElseThrow());
    }

    @POST
    @Path("/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "PRG-10: refer to a vacancy or a measure (turn up within 5 working days)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "vacancy", value = RegistryApiExamples.REFER)))
    public RegistrationView refer(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.Refer body) {
        return RegistrationView.of(refer.refer(new ReferUseCase.Command(callers.current(), id, body.kind(), body.target(),
                body.suitableWork(), body.referredOn())).orElseThrow());
    }

    @POST
    @Path("/{id}/referrals/{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "PRG-10, EMP-08 (1): the person turned up or refused",
            description = "Each refusal of suitable work announces SuitableWorkRefused; the second deregisters under EMP-08 (1).")
    public RegistrationView referralOutcome(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId,
                                            @NotNull @Valid RegistrationRequests.Outcome body) {
        return RegistrationView.of(referralOutcome.record(new RecordReferralOutcomeUseCase.Command(callers.current(), id,
                referralId, body.result() == RegistrationRequests.Outcome.Result.TURNED_UP, body.on())).orElseThrow());
    }

    @POST
    @Path("/{id}/referrals/{referralId}/employer-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "PRG-05: the social job's employer answered whether it hired or refused the person",
            description = "Due within 3 working days of the referral (Kazakhstan calendar); a late answer is recorded too. "
                    + "Either answer closes an open referral as turned up; the employer's refusal is not the person's "
                    + "refusal of suitable work (D-71).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "hired", value = RegistryApiExamples.EMPLOYER_ANSWER)))
    @APIResponse(responseCode = "409", description = "Not a social job, or the employer already answered",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "PRG-05", value = RegistryApiExamples.EMPLOYER_ANSWERED)))
    public RegistrationView employerAnswer(@PathParam("id") UUID id, @PathParam("referralId") UUID referralId,
                                           @NotNull @Valid RegistrationRequests.EmployerAnswer body) {
        return RegistrationView.of(employerAnswer.record(new RecordEmployerAnswerUseCase.Command(callers.current(), id,
                referralId, body.answer(), body.on())).orElseThrow());
    }

    @GET
    @Path("/employer-answer-queue")
    @RolesAllowed({"operator", "auditor", "admin"})
    @Operation(summary = "PRG-05: social jobs whose employer did not answer within 3 working days, oldest first",
            description = "Flagged by the job (D-71) for the operator to contact the employer or refer the person "
                    + "elsewhere; of the caller's region (403 for another region). An answer takes it off the queue.")
    @APIResponse(responseCode = "200", description = "The queue", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationView.EmployerAnswerEntry.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one overdue", value = RegistryApiExamples.EMPLOYER_ANSWER_QUEUE)))
    public List<RegistrationView.EmployerAnswerEntry> employerAnswerQueue(@QueryParam("regionCode") RegionCode regionCode) {
        return employerAnswerQueue.queue(callers.current(), Optional.ofNullable(regionCode)).orElseThrow().stream()
                .map(e -> new RegistrationView.EmployerAnswerEntry(e.registration().id(), e.referral().id(),
                        e.registration().maskedIin(), e.registration().region().value(), e.referral().target(),
                        e.referral().referredOn(), e.referral().employerAnswerBy(), e.workingDaysOverdue())).toList();
    }

    @POST
    @Path("/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "EMP-08 (2): invite for an active measure (the person comes within 3 working days)")
    public RegistrationView invite(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.Invite body) {
        return RegistrationView.of(invite.invite(new InviteForMeasureUseCase.Command(callers.current(), id,
                body.measure(), body.invitedOn())).orElseThrow());
    }

    @POST
    @Path("/{id}/invitations/{invitationId}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "EMP-08 (2): the invited person came to the Centre")
    public RegistrationView arrival(@PathParam("id") UUID id, @PathParam("invitationId") UUID invitationId,
                                    @Valid RegistrationRequests.Arrival body) {
        return RegistrationView.of(arrival.arrived(new RecordInvitationArrivalUseCase.Command(callers.current(), id,
                invitationId, body == null ? null : body.on())).orElseThrow());
    }

    @POST
    @Path("/{id}/measures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "PRG-01..09: start an active measure within its limits (dated reference data)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "youth practice", value = RegistryApiExamples.MEASURE)))
    public RegistrationView startMeasure(@PathParam("id") UUID id, @NotNull @Valid RegistrationRequests.StartMeasure body) {
        var f = body.facts();
        MeasureFacts facts = f == null ? MeasureFacts.none() : new MeasureFacts(f.employerSharePercent(),
                f.heavyHarmfulOrDangerous(), f.graduatedOn(), f.creditAmount(), f.ratePercent(), f.termMonths(),
                f.graceMonths(), f.livestockOrCooperative(), f.taxRegistered(), f.certificateFromProgramme(),
                f.certificateOn(), f.expandingOrFoundingCooperative(), f.newPermanentJobs(), f.consent());
        return RegistrationView.of(startMeasure.start(new StartMeasureUseCase.Command(callers.current(), id, body.kind(),
                body.provider(), body.startOn(), body.endOn(), facts)).orElseThrow());
    }

    @POST
    @Path("/{id}/measures/{participationId}/quit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "The person left a measure before its end (MeasureQuit)")
    public RegistrationView quitMeasure(@PathParam("id") UUID id, @PathParam("participationId") UUID participationId,
                                        @NotNull @Valid RegistrationRequests.Quit body) {
        return RegistrationView.of(quitMeasure.quit(new QuitMeasureUseCase.Command(callers.current(), id,
                participationId, body.on(), body.ownInitiative())).orElseThrow());
    }

    @POST
    @Path("/{id}/measures/{participationId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"operator"})
    @Operation(summary = "The person completed a measure (MeasureCompleted)",
            description = "On a day of its term, possibly before the end date; after the end date the job completes it on "
                    + "that date (D-72).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "completed", value = RegistryApiExamples.COMPLETE_MEASURE)))
    public RegistrationView completeMeasure(@PathParam("id") UUID id, @PathParam("participationId") UUID participationId,
                                            @Valid RegistrationRequests.Completion body) {
        return RegistrationView.of(completeMeasure.complete(new CompleteMeasureUseCase.Command(callers.current(), id,
                participationId, body == null ? null : body.on())).orElseThrow());
    }

    private static RegionCode region(String value) {
        if (!RegionCode.isKnown(value)) {
            throw new RefusedException(Refusal.invalid("EMP-02", "registry.region-unknown", value)
                    .withField("regionCode", "registry.region-unknown", value));
        }
        return new RegionCode(value);
    }
}
