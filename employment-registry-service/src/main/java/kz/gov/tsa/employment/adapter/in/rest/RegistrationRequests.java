package kz.gov.tsa.employment.adapter.in.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Offer;
import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.web.ValidIin;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the registry API. */
final class RegistrationRequests {

    static final String REGION = "\\d{9}";

    private RegistrationRequests() {
    }

    @Schema(name = "JobSeekerRegistration", description = "EMP-01/02: a person applies as a job seeker at the Centre of their residence or through the portal")
    record Register(
            @NotBlank @ValidIin @Schema(description = "The person's IIN (12 digits, checksum checked; never returned in clear)", example = "900505400126") String iin,
            @NotBlank @Pattern(regexp = REGION, message = "{registry.region.invalid}") @Schema(description = "KATO code of the region of residence", example = "750000000") String regionCode,
            @NotNull @Schema(description = "Rural resident (check-ins at the akim, EMP-04/07)") Boolean rural,
            @NotNull @Valid DocumentsPresented documents,
            @Valid @Schema(description = "EMP-02: required when the person is under 16") Representative legalRepresentative,
            @Pattern(regexp = "F-[0-9a-f]{32}") @Schema(description = "The TSA family, when known (else taken from eligibility-service's decisions)") String familyId) {
    }

    @Schema(name = "DocumentsPresented", description = "EMP-02: identity document (required), proof of work experience and education document (if any)")
    record DocumentsPresented(@NotNull Boolean identity, @NotNull Boolean workRecord, @NotNull Boolean education) {
    }

    @Schema(name = "LegalRepresentative", description = "EMP-02: the legal representative's written application for a person under 16")
    record Representative(
            @NotBlank @Size(max = 200) String fullName,
            @ValidIin @Schema(description = "The representative's IIN (checksum checked; stored masked only)") String iin,
            @NotBlank @Size(max = 100) @Schema(description = "Number of the written application") String applicationReference,
            @NotNull LocalDate appliedOn) {
    }

    @Schema(name = "OfferMade", description = "EMP-03 / PRG-09: the Centre's offer within the 10-working-day window")
    record MakeOffer(@NotNull Offer.Kind kind, @NotNull LocalDate on, @Size(max = 2000) String description) {
    }

    @Schema(name = "UnemployedApplication", description = "EMP-05/06: an application for registration as unemployed, after the EMP-03 window")
    record ApplyUnemployed(
            @Schema(description = "Day of the application; today when absent") LocalDate appliedOn,
            @NotNull @Schema(description = "EMP-06 (2): works under a labour contract or other paid work") Boolean working,
            @NotNull @Schema(description = "EMP-06 (4): knowingly false documents about work and income were found") Boolean falseDocuments,
            @Schema(description = "Receives the social payment for loss of work (PRG-07: priority goes to those who do not)") Boolean receivesJobLossPayment) {
    }

    @Schema(name = "CheckIn", description = "EMP-04/07: a check-in at the Centre or, for rural residents, at the akim")
    record CheckIn(@Schema(description = "Day of the check-in; today when absent") LocalDate on) {
    }

    @Schema(name = "Deregistration", description = "EMP-08: one of the six reasons; a valid reason prevents (2) and (3)")
    record Deregister(
            @NotNull DeregistrationReason reason,
            @Schema(description = "Day of deregistration; today when absent") LocalDate on,
            @Size(max = 2000) @Schema(description = "A valid reason the person presented (EMP-08 (2)/(3) then do not apply)") String validReason,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ReferralRequest", description = "PRG-10: a referral to a vacancy or a measure")
    record Refer(
            @NotNull Referral.Kind kind,
            @NotBlank @Size(max = 500) @Schema(description = "Vacancy, employer or course", example = "Cook, Almaty Cafe LLP") String target,
            @NotNull @Schema(description = "An offer of suitable work (its refusal counts for EMP-08 (1))") Boolean suitableWork,
            @Schema(description = "Day of the referral; today when absent") LocalDate referredOn) {
    }

    @Schema(name = "ReferralOutcome", description = "PRG-10: the person turned up, or refused")
    record Outcome(@NotNull Result result, LocalDate on) {
        enum Result { TURNED_UP, REFUSED }
    }

    @Schema(name = "EmployerAnswer", description = "PRG-05: the social job's employer hired or refused the referred person")
    record EmployerAnswer(
            @NotNull @Schema(description = "What the employer answered", example = "HIRED") Referral.EmployerAnswer answer,
            @Schema(description = "Day the employer answered; today when absent", example = "2026-03-26") LocalDate on) {
    }

    @Schema(name = "MeasureStart", description = "PRG-01..09: the person starts an active measure within its limits")
    record StartMeasure(
            @NotNull MeasureKind kind,
            @Size(max = 500) String provider,
            @NotNull LocalDate startOn,
            @NotNull LocalDate endOn,
            @Valid Facts facts) {
    }

    @Schema(name = "MeasureFacts", description = "What the measure's checks need (only its own)")
    record Facts(
            @Min(0) @Max(100) Integer employerSharePercent,
            Boolean heavyHarmfulOrDangerous,
            LocalDate graduatedOn,
            @Schema(description = "PRG-04 micro-credit in tenge", example = "5000000.00") BigDecimal creditAmount,
            BigDecimal ratePercent,
            @Min(1) @Max(240) Integer termMonths,
            @Min(0) @Max(240) Integer graceMonths,
            Boolean livestockOrCooperative,
            Boolean taxRegistered,
            Boolean certificateFromProgramme,
            LocalDate certificateOn,
            Boolean expandingOrFoundingCooperative,
            @Min(0) Integer newPermanentJobs,
            Boolean consent) {
    }

    @Schema(name = "MeasureQuitRequest", description = "The person left a measure before its end")
    record Quit(LocalDate on, @NotNull Boolean ownInitiative) {
    }

    @Schema(name = "MeasureCompletion", description = "D-72: the person completed a measure")
    record Completion(@Schema(description = "Day of completion within the term; today when absent", example = "2026-05-29") LocalDate on) {
    }

    @Schema(name = "Invitation", description = "EMP-08 (2): an invitation for an active measure (come within 3 working days)")
    record Invite(@NotNull MeasureKind measure, @Schema(description = "Day of the invitation; today when absent") LocalDate invitedOn) {
    }

    @Schema(name = "InvitationArrival", description = "EMP-08 (2): the invited person came to the Centre")
    record Arrival(@Schema(description = "Day the person came; today when absent") LocalDate on) {
    }
}
