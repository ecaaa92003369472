package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.DecideUnemployedUseCase;
import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.Documents;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationRefusal;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.PAVLODAR;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.portal;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** D-70: a refused registration is kept, audited with its actor and announced; the caller still gets the refusal. */
class RegistrationRefusedUseCasesTest {

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Refusals refusals = new InMemoryPorts.Refusals();
    final InMemoryPorts.Calendar calendar = new InMemoryPorts.Calendar();
    final InMemoryPorts.Parameters parameters = new InMemoryPorts.Parameters();
    final InMemoryPorts.Reference reference = new InMemoryPorts.Reference();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();
    final InMemoryPorts.Families families = new InMemoryPorts.Families();

    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, families, calendar, parameters,
            events, refusals, clock);
    final DeregisterService deregister = new DeregisterService(store, keys, events, parameters, clock);
    final DecideUnemployedService unemployed = new DecideUnemployedService(store, keys, events, calendar, parameters,
            reference, refusals, clock);

    final String iin = TestIins.woman("1990-05-05");
    final String key = keys.personKey(Iin.parse(iin));

    kz.gov.tsa.kernel.Outcome<Registration> registerAs(Caller caller, String who, Documents docs) {
        return register.register(new RegisterJobSeekerUseCase.Command(caller, Iin.parse(who), ALMATY, false, docs, null,
                null));
    }

    /** The one refusal kept, the same one announced, never with the clear IIN. */
    RegistrationRefusal onlyRefusal() {
        assertThat(refusals.kept).hasSize(1);
        assertThat(events.refusals).containsExactlyElementsOf(refusals.kept);
        RegistrationRefusal r = refusals.kept.getFirst();
        assertThat(r.toString()).doesNotContain(iin);
        return r;
    }

    @Test
    void EMP09_aRegistrationInsideTheBanIsKeptWithTheFirstAllowedDayAndAnnounced() {
        families.remember(key, "F-0123456789abcdef0123456789abcdef", clock.instant());
        Registration r = registerAs(operator(ALMATY), iin, DOCS).orElseThrow();
        clock.set("2026-03-06");
        deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, null, null, "")).orElseThrow();
        clock.set("2026-03-20");
        Refusal answer = refusal(registerAs(operator(ALMATY), iin, DOCS));
        assertThat(answer.ruleId()).isEqualTo("EMP-09"); // the caller's answer is unchanged
        assertThat(answer.kind()).isEqualTo(Refusal.Kind.CONFLICT);

        RegistrationRefusal kept = onlyRefusal();
        assertThat(kept.stage()).isEqualTo(RegistrationRefusal.Stage.JOB_SEEKER);
        assertThat(kept.registrationId()).isNull();
        assertThat(kept.personKey()).isEqualTo(key);
        assertThat(kept.maskedIin()).isEqualTo(Iin.mask(iin));
        assertThat(kept.familyId()).isEqualTo("F-0123456789abcdef0123456789abcdef");
        assertThat(kept.ruleId()).isEqualTo("EMP-09");
        assertThat(kept.code()).isEqualTo("registration.re-registration-banned");
        assertThat(kept.facts()).containsEntry("firstAllowedOn", "2026-04-06").containsEntry("deregisteredOn", "2026-03-06")
                .containsEntry("deregistrationReason", "CHECK_IN_SCHEDULE_BROKEN");
        assertThat(kept.refusedOn()).isEqualTo("2026-03-20");
        assertThat(kept.occurredAt()).isEqualTo(clock.instant());
        assertThat(refusals.audit).containsExactly("REGISTRATION_REFUSED EMP-09 by operator-750000000");
        assertThat(store.byId).hasSize(1); // no registration was made
    }

    @Test
    void EMP02_underSixteenWithoutARepresentativeAndWithoutAnIdentityDocumentAreKept() {
        String teen = TestIins.man("2012-01-15");
        Refusal young = refusal(registerAs(operator(ALMATY), teen, DOCS));
        assertThat(young.code()).isEqualTo("registration.legal-representative-required");
        Refusal noId = refusal(registerAs(operator(ALMATY), iin, new Documents(false, true, true)));
        assertThat(noId.code()).isEqualTo("registration.identity-document-missing");
        assertThat(refusals.kept).extracting(RegistrationRefusal::ruleId, RegistrationRefusal::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EMP-02", "registration.legal-representative-required"),
                        org.assertj.core.groups.Tuple.tuple("EMP-02", "registration.identity-document-missing"));
        assertThat(refusals.kept.getFirst().facts()).containsEntry("age", "14");
        assertThat(refusals.kept.getFirst().personKey()).isEqualTo(keys.personKey(Iin.parse(teen)));
        assertThat(events.refusals).hasSize(2);
        assertThat(refusals.audit).hasSize(2).allMatch(a -> a.endsWith("by operator-750000000"));
    }

    @Test
    void EMP02_aSecondOpenRegistrationFromThePortalIsKeptWithItsChannel() {
        registerAs(portal(iin), iin, DOCS).orElseThrow();
        assertThat(refusal(registerAs(portal(iin), iin, DOCS)).code()).isEqualTo("registration.already-registered");
        RegistrationRefusal kept = onlyRefusal();
        assertThat(kept.channel().name()).isEqualTo("PORTAL");
        assertThat(kept.ruleId()).isEqualTo("EMP-02");
    }

    @Test
    void aCallerWithoutTheRightIsRefusedButNothingIsKeptAboutThePerson() {
        assertThat(refusal(registerAs(operator(PAVLODAR), iin, DOCS)).code()).isEqualTo("region.not-yours");
        assertThat(refusal(registerAs(portal(TestIins.man("1985-01-01")), iin, DOCS)).code())
                .isEqualTo("registration.portal-own-only");
        assertThat(refusals.kept).isEmpty();
        assertThat(events.refusals).isEmpty();
        assertThat(registerAs(operator(new RegionCode("750000000")), iin, DOCS).isRefused()).isFalse();
        assertThat(refusals.kept).isEmpty();
    }

    @Test
    void EMP06_anUnemployedRefusalIsKeptWithEveryReasonCitedAndARegistrationIsNot() {
        reference.with("RETIREMENT_AGE.FEMALE", "2023-01-01", null, "61.0");
        Registration r = registerAs(operator(ALMATY), TestIins.woman("1964-01-10"), DOCS).orElseThrow(); // 62 in 2026
        clock.set("2026-03-18");
        Registration refused = unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), r.id(), null, true,
                false, false)).orElseThrow();
        assertThat(refused.status()).isEqualTo(RegistrationStatus.JOB_SEEKER);
        RegistrationRefusal kept = refusals.kept.getFirst();
        assertThat(refusals.kept).hasSize(1);
        assertThat(events.refusals).containsExactly(kept);
        assertThat(kept.stage()).isEqualTo(RegistrationRefusal.Stage.UNEMPLOYED);
        assertThat(kept.registrationId()).isEqualTo(r.id());
        assertThat(kept.ruleId()).isEqualTo("EMP-06");
        assertThat(kept.reasons()).containsExactly("EMP-06 (2)", "EMP-06 (3)");
        assertThat(kept.facts()).containsEntry("notificationOn", "2026-03-28");
        assertThat(kept.refusedOn()).isEqualTo("2026-03-18");
        assertThat(store.audit).last().isEqualTo("UNEMPLOYED_REFUSED by operator-750000000");
        assertThat(refusals.audit).containsExactly("REGISTRATION_REFUSED EMP-06 by operator-750000000");

        Registration other = registerAs(operator(ALMATY), iin, DOCS).orElseThrow();
        clock.set("2026-04-08"); // after its window (Nauryz days off 21–25 March)
        assertThat(unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), other.id(), null, false, false,
                false)).orElseThrow().status()).isEqualTo(RegistrationStatus.UNEMPLOYED);
        assertThat(refusals.kept).hasSize(1);
    }

    @Test
    void EMP06_aDecisionWithoutThePublishedRetirementAgeIsNoDecisionAndKeepsNothing() {
        Registration r = registerAs(operator(ALMATY), iin, DOCS).orElseThrow();
        clock.set("2026-03-18");
        assertThat(refusal(unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), r.id(), null, true,
                false, false))).code()).isEqualTo("ref.retirement-age-unknown");
        assertThat(refusals.kept).isEmpty();
        assertThat(events.refusals).isEmpty();
    }
}
