package kz.gov.tsa.employment.adapter.in.rest;

import kz.gov.tsa.employment.domain.Deregistration;
import kz.gov.tsa.employment.domain.Documents;
import kz.gov.tsa.employment.domain.Invitation;
import kz.gov.tsa.employment.domain.Offer;
import kz.gov.tsa.employment.domain.Participation;
import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.UnemployedDecision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registration as the API shows it: the person by key and masked IIN, never the IIN. */
@Schema(name = "Registration")
public record RegistrationView(UUID id, String personKey, String maskedIin, String familyId, String regionCode,
                               boolean rural, String channel, String status, LocalDate registeredOn,
                               LocalDate offerDeadline, Offer offer, Documents documents,
                               boolean legalRepresentative, UnemployedDecision unemployedDecision,
                               LocalDate unemployedSince, LocalDate lastCheckIn, LocalDate nextCheckInDue,
                               List<Referral> referrals, int suitableWorkRefusals, List<Participation> measures,
                               List<Invitation> invitations, Deregistration deregistration, long version) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id(), r.personKey(), r.maskedIin(), r.familyId(), r.region().value(), r.rural(),
                r.channel().name(), r.status().name(), r.registeredOn(), r.offerDeadline(), r.offer(), r.documents(),
                r.legalRepresentative() != null, r.unemployedDecision(), r.unemployedSince(), r.lastCheckIn(),
                r.nextCheckInDue(), r.referrals(), r.suitableWorkRefusals(), r.measures(), r.invitations(), r.deregistration(),
                r.version());
    }

    /** EMP-03 queue entry. */
    @Schema(name = "OfferQueueEntry")
    public record QueueEntry(UUID id, String maskedIin, String regionCode, LocalDate registeredOn,
                             LocalDate offerDeadline, Integer workingDaysLeft) {
    }

    /** PRG-07 queue entry. */
    @Schema(name = "PublicWorksQueueEntry")
    public record PublicWorksEntry(UUID id, String maskedIin, String regionCode, LocalDate unemployedSince,
                                   int priorities) {
    }

    /** PRG-05 (D-71): a social job whose employer's answer is overdue. */
    @Schema(name = "EmployerAnswerQueueEntry")
    public record EmployerAnswerEntry(UUID registrationId, UUID referralId, String maskedIin, String regionCode,
                                      String target, LocalDate referredOn, LocalDate employerAnswerBy,
                                      Integer workingDaysOverdue) {
    }
}
