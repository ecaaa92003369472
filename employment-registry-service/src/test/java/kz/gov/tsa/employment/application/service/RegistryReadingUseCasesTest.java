package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.employment.domain.RegistrySummary;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.PAVLODAR;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.akimat;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.portal;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** D-42 reading: FindPersonRegistrationsService and RegistrySummaryService over fakes. */
class RegistryReadingUseCasesTest {

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
    final DeregisterService deregister = new DeregisterService(store, keys, events, parameters, clock);
    final FindPersonRegistrationsService ofPerson = new FindPersonRegistrationsService(store, keys);
    final RegistrySummaryService summary = new RegistrySummaryService(store);

    final String iin = TestIins.woman("1990-05-05");
    final String key = keys.personKey(Iin.parse(iin));

    static final Caller AUDITOR = new Caller("auditor1", Set.of("auditor"), new Caller.Reach.Nationwide());

    Registration registerIn(RegionCode region, String who) {
        return register.register(new RegisterJobSeekerUseCase.Command(operator(region), Iin.parse(who), region, false,
                DOCS, null, null)).orElseThrow();
    }

    /** The person registered in Almaty, left under (4) and registered again in Pavlodar. */
    void movedToPavlodar() {
        Registration first = registerIn(ALMATY, iin);
        clock.set("2026-03-03");
        deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), first.id(),
                DeregistrationReason.IMPRISONMENT_OR_COMPULSORY_TREATMENT, null, null, "court")).orElseThrow();
        clock.set("2026-06-01");
        registerIn(PAVLODAR, iin);
    }

    @Test
    void D42_aPersonsRegistrationsAreThoseTheCallerMayReadOldestFirst() {
        movedToPavlodar();
        assertThat(ofPerson.ofPerson(AUDITOR, Optional.of(key))).extracting(r -> r.region())
                .containsExactly(ALMATY, PAVLODAR);
        assertThat(ofPerson.ofPerson(operator(ALMATY), Optional.of(key))).extracting(Registration::status)
                .containsExactly(RegistrationStatus.DEREGISTERED);
        assertThat(ofPerson.ofPerson(akimat(PAVLODAR), Optional.of(key))).extracting(Registration::status)
                .containsExactly(RegistrationStatus.JOB_SEEKER);
        assertThat(ofPerson.ofPerson(operator(new RegionCode("710000000")), Optional.of(key))).isEmpty();
        assertThat(ofPerson.ofPerson(AUDITOR, Optional.of("0".repeat(64)))).isEmpty();
        assertThat(ofPerson.ofPerson(AUDITOR, Optional.empty())).isEmpty(); // staff name the person
    }

    @Test
    void D42_thePortalReadsOnlyTheCitizensOwnRegistrations() {
        movedToPavlodar();
        String other = TestIins.man("1985-01-01");
        registerIn(ALMATY, other);
        assertThat(ofPerson.ofPerson(portal(iin), Optional.empty())).hasSize(2)
                .allMatch(r -> r.personKey().equals(key));
        assertThat(ofPerson.ofPerson(portal(iin), Optional.of(keys.personKey(Iin.parse(other))))).isEmpty();
        assertThat(ofPerson.ofPerson(portal(other), Optional.of(key))).isEmpty();
        assertThat(ofPerson.ofPerson(new Caller("not-an-iin", Set.of("portal"), new Caller.Reach.Nationwide()),
                Optional.empty())).isEmpty();
    }

    @Test
    void theSummaryCountsEveryStatusOfTheCallersRegionWithZerosAndRefusesAnotherRegion() {
        movedToPavlodar();
        registerIn(ALMATY, TestIins.man("1985-01-01"));
        RegistrySummary almaty = summary.summary(akimat(ALMATY), Optional.empty()).orElseThrow();
        assertThat(almaty.regionCode()).isEqualTo(ALMATY.value());
        assertThat(almaty.byStatus()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                RegistrationStatus.JOB_SEEKER, 1L, RegistrationStatus.UNEMPLOYED, 0L, RegistrationStatus.DEREGISTERED, 1L));
        assertThat(almaty.total()).isEqualTo(2);
        assertThat(summary.summary(operator(ALMATY), Optional.of(ALMATY)).orElseThrow()).isEqualTo(almaty);

        RegistrySummary all = summary.summary(AUDITOR, Optional.empty()).orElseThrow();
        assertThat(all.regionCode()).isEqualTo("ALL");
        assertThat(all.total()).isEqualTo(3);
        assertThat(summary.summary(AUDITOR, Optional.of(PAVLODAR)).orElseThrow().byStatus())
                .containsEntry(RegistrationStatus.JOB_SEEKER, 1L).containsEntry(RegistrationStatus.DEREGISTERED, 0L);

        Refusal other = refusal(summary.summary(akimat(ALMATY), Optional.of(PAVLODAR)));
        assertThat(other.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(other.code()).isEqualTo("region.not-yours");
        assertThat(other.facts()).containsEntry("regionCode", PAVLODAR.value());
        Refusal nowhere = refusal(summary.summary(new Caller("akimat-x", Set.of("akimat"), new Caller.Reach.Nowhere(null)),
                Optional.empty()));
        assertThat(nowhere.code()).isEqualTo("caller.region-claim-missing");
    }
}
