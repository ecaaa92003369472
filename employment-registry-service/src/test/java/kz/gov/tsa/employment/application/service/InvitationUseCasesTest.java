package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.InviteForMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.RecordInvitationArrivalUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.Invitation;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.PAVLODAR;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.akimat;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** EMP-08 (2) invitations for an active measure: InviteForMeasureService and RecordInvitationArrivalService over fakes. */
class InvitationUseCasesTest {

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Refusals refusals = new InMemoryPorts.Refusals();
    final InMemoryPorts.Calendar calendar = new InMemoryPorts.Calendar();
    final InMemoryPorts.Parameters parameters = new InMemoryPorts.Parameters();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();
    final InMemoryPorts.Families families = new InMemoryPorts.Families();

    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, families, calendar, parameters,
            events, refusals, clock);
    final InviteForMeasureService invite = new InviteForMeasureService(store, keys, events, calendar, parameters, clock);
    final RecordInvitationArrivalService arrival = new RecordInvitationArrivalService(store, keys, events, clock);
    final DeregisterService deregister = new DeregisterService(store, keys, events, parameters, clock);

    Registration registered() {
        return register.register(new RegisterJobSeekerUseCase.Command(operator(ALMATY), Iin.parse(TestIins.woman("1990-05-05")),
                ALMATY, false, DOCS, null, null)).orElseThrow();
    }

    Invitation onlyInvitation(UUID registrationId) {
        return store.byId.get(registrationId).invitations().getFirst();
    }

    @Test
    void EMP08_EMP10_theComeByDayIsThreeWorkingDaysAfterTheInvitationSkippingTheMovedDayOff() {
        Registration r = registered();
        clock.set("2026-03-06"); // Friday; Monday 9 March is the day off moved from 8 March
        Registration invited = invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(),
                MeasureKind.VOCATIONAL_TRAINING, null)).orElseThrow();
        Invitation i = invited.invitations().getFirst();
        assertThat(i.invitedOn()).isEqualTo("2026-03-06");
        assertThat(i.comeBy()).isEqualTo("2026-03-12"); // 10, 11, 12 March — not 11 March
        assertThat(i.cameOn()).isNull();
        assertThat(store.byId.get(r.id()).version()).isEqualTo(2);
        assertThat(store.audit).containsExactly("JOB_SEEKER_REGISTERED by operator-750000000",
                "INVITED by operator-750000000");
        assertThat(events.published).hasSize(1); // the registration's own event; an invitation announces nothing
    }

    @Test
    void EMP08_anInvitationIsRefusedOutsideTheOperatorsRegionForAnAkimatBeforeTheRegistrationAndWhenClosed() {
        Registration r = registered();
        var cmd = new InviteForMeasureUseCase.Command(operator(PAVLODAR), r.id(), MeasureKind.PUBLIC_WORKS, null);
        assertThat(refusal(invite.invite(cmd)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND); // not readable there
        Refusal akimatRefused = refusal(invite.invite(new InviteForMeasureUseCase.Command(akimat(ALMATY), r.id(),
                MeasureKind.PUBLIC_WORKS, null)));
        assertThat(akimatRefused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(akimatRefused.code()).isEqualTo("registration.operator-only");
        Refusal early = refusal(invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(),
                MeasureKind.PUBLIC_WORKS, LocalDate.parse("2026-03-01"))));
        assertThat(early.ruleId()).isEqualTo("EMP-08");
        assertThat(early.code()).isEqualTo("invitation.before-registration");
        assertThat(refusal(invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), UUID.randomUUID(),
                MeasureKind.PUBLIC_WORKS, null))).code()).isEqualTo("registration.not-found");

        clock.set("2026-03-03");
        deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(), DeregistrationReason.IMPRISONMENT_OR_COMPULSORY_TREATMENT,
                null, null, "court decision")).orElseThrow();
        Refusal closed = refusal(invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(),
                MeasureKind.PUBLIC_WORKS, null)));
        assertThat(closed.ruleId()).isEqualTo("EMP-08");
        assertThat(closed.code()).isEqualTo("registration.not-active");
        assertThat(store.audit).noneMatch(a -> a.startsWith("INVITED"));
    }

    @Test
    void EMP08_anArrivalIsRecordedOnceAndAFollowedInvitationIsNoGroundForDeregistration() {
        Registration r = registered();
        invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(), MeasureKind.YOUTH_PRACTICE, null))
                .orElseThrow(); // come by 2026-03-05
        UUID id = onlyInvitation(r.id()).id();
        Refusal before = refusal(arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(ALMATY), r.id(), id,
                LocalDate.parse("2026-03-01"))));
        assertThat(before.ruleId()).isEqualTo("EMP-08");
        assertThat(before.code()).isEqualTo("invitation.arrival-before-invitation");
        clock.set("2026-03-04");
        arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(ALMATY), r.id(), id, null)).orElseThrow();
        assertThat(onlyInvitation(r.id()).cameOn()).isEqualTo("2026-03-04");
        Refusal twice = refusal(arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(ALMATY), r.id(), id,
                null)));
        assertThat(twice.ruleId()).isEqualTo("EMP-08");
        assertThat(twice.code()).isEqualTo("invitation.already-came");
        assertThat(refusal(arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(ALMATY), r.id(),
                UUID.randomUUID(), null))).code()).isEqualTo("invitation.not-found");
        assertThat(refusal(arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(PAVLODAR), r.id(), id,
                null))).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(store.audit).containsExactly("JOB_SEEKER_REGISTERED by operator-750000000",
                "INVITED by operator-750000000", "INVITATION_FOLLOWED by operator-750000000");

        clock.set("2026-03-10");
        Refusal noGround = refusal(deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.INVITATION_NOT_FOLLOWED, null, null, "")));
        assertThat(noGround.ruleId()).isEqualTo("EMP-08");
        assertThat(noGround.code()).isEqualTo("deregistration.no-invitation-missed");
    }

    @Test
    void EMP08_anInvitationNotFollowedByItsComeByDayAllowsDeregistrationUnderClause2AndALateArrivalIsStillRecorded() {
        Registration r = registered();
        invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(), MeasureKind.PUBLIC_WORKS, null))
                .orElseThrow(); // come by 2026-03-05
        clock.set("2026-03-05");
        assertThat(refusal(deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.INVITATION_NOT_FOLLOWED, null, null, ""))).code())
                .isEqualTo("deregistration.no-invitation-missed"); // the come-by day itself is still in time
        clock.set("2026-03-06");
        Registration late = arrival.arrived(new RecordInvitationArrivalUseCase.Command(operator(ALMATY), r.id(),
                onlyInvitation(r.id()).id(), null)).orElseThrow();
        assertThat(late.invitations().getFirst().cameOn()).isEqualTo("2026-03-06");
        assertThat(store.audit).last().isEqualTo("INVITATION_FOLLOWED by operator-750000000");
        // a second invitation left unanswered is the ground
        invite.invite(new InviteForMeasureUseCase.Command(operator(ALMATY), r.id(), MeasureKind.PUBLIC_WORKS, null))
                .orElseThrow(); // come by 2026-03-12 (9 March off)
        clock.set("2026-03-13");
        Registration gone = deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.INVITATION_NOT_FOLLOWED, null, null, "second invitation")).orElseThrow();
        assertThat(gone.status()).isEqualTo(RegistrationStatus.DEREGISTERED);
        assertThat(gone.deregistration().firstReRegistrationOn()).isEqualTo("2026-04-13");
    }
}
