package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.RecordReferenceValueUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static org.assertj.core.api.Assertions.assertThat;

/** D-40 and D-41: RecordReferenceValueService and RememberFamilyService over fakes. */
class LearnedFactsUseCasesTest {

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Reference reference = new InMemoryPorts.Reference();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();
    final InMemoryPorts.Families families = new InMemoryPorts.Families();

    final RecordReferenceValueService recordValue = new RecordReferenceValueService(reference);
    final RememberFamilyService rememberFamily = new RememberFamilyService(families);
    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, families,
            new InMemoryPorts.Calendar(), new InMemoryPorts.Parameters(), events, new InMemoryPorts.Refusals(), clock);

    static RecordReferenceValueUseCase.Command version(String parameter, String from, String value, int version) {
        return new RecordReferenceValueUseCase.Command(parameter, LocalDate.parse(from), null, new BigDecimal(value),
                version, "Law on pensions (test)", Instant.parse("2025-12-20T00:00:00Z"), "event-" + version,
                "event:ReferenceValuePublished");
    }

    @Test
    void D40_aVersionIsKeptOnceAuditedWithTheEventAsActorAndTheHighestVersionOfADayWins() {
        assertThat(recordValue.record(version("RETIREMENT_AGE.FEMALE", "2026-01-01", "61.5", 1))).isTrue();
        assertThat(recordValue.record(version("RETIREMENT_AGE.FEMALE", "2026-01-01", "61.5", 1))).isFalse(); // replay
        assertThat(reference.retirementAgeOn(Sex.FEMALE, LocalDate.parse("2026-03-02"))).contains(new BigDecimal("61.5"));
        assertThat(recordValue.record(version("RETIREMENT_AGE.FEMALE", "2026-01-01", "62.0", 2))).isTrue(); // correction
        assertThat(reference.retirementAgeOn(Sex.FEMALE, LocalDate.parse("2026-03-02"))).contains(new BigDecimal("62.0"));
        assertThat(reference.retirementAgeOn(Sex.FEMALE, LocalDate.parse("2025-12-31"))).isEmpty(); // never a guess
        assertThat(reference.retirementAgeOn(Sex.MALE, LocalDate.parse("2026-03-02"))).isEmpty();
        assertThat(reference.audit).containsExactly(
                "REFERENCE_VALUE_RECORDED RETIREMENT_AGE.FEMALE@2026-01-01#1 by event:ReferenceValuePublished",
                "REFERENCE_VALUE_RECORDED RETIREMENT_AGE.FEMALE@2026-01-01#2 by event:ReferenceValuePublished");
    }

    @Test
    void D99_aVersionNoLongerCountsFromTheDayItIsWithdrawnTheEarliestDayWinsAndAReplayStoresNothing() {
        var withdraw = new WithdrawReferenceValueService(reference);
        recordValue.record(version("RETIREMENT_AGE.MALE", "2026-01-01", "63.0", 4));
        var command = new kz.gov.tsa.employment.application.port.in.WithdrawReferenceValueUseCase.Command(
                "RETIREMENT_AGE.MALE", LocalDate.parse("2026-01-01"), 4, LocalDate.parse("2026-07-01"),
                Instant.parse("2026-03-01T00:00:00Z"), "event-w1", "event:ReferenceValueWithdrawn");

        assertThat(withdraw.withdraw(command)).isTrue();
        assertThat(withdraw.withdraw(command)).as("a replay").isFalse();
        assertThat(reference.retirementAgeOn(Sex.MALE, LocalDate.parse("2026-06-30"))).contains(new BigDecimal("63.0"));
        assertThat(reference.retirementAgeOn(Sex.MALE, LocalDate.parse("2026-07-01"))).isEmpty(); // never a guess
        // superseded by a correction: withdrawn from its first day, whatever came before
        withdraw.withdraw(new kz.gov.tsa.employment.application.port.in.WithdrawReferenceValueUseCase.Command(
                "RETIREMENT_AGE.MALE", LocalDate.parse("2026-01-01"), 4, LocalDate.parse("2026-01-01"),
                Instant.parse("2026-03-02T00:00:00Z"), "event-w2", "event:ReferenceValueWithdrawn"));
        assertThat(reference.retirementAgeOn(Sex.MALE, LocalDate.parse("2026-03-02"))).isEmpty();
        assertThat(reference.audit).filteredOn(a -> a.startsWith("REFERENCE_VALUE_WITHDRAWN")).containsExactly(
                "REFERENCE_VALUE_WITHDRAWN RETIREMENT_AGE.MALE#4 from 2026-07-01 by event:ReferenceValueWithdrawn",
                "REFERENCE_VALUE_WITHDRAWN RETIREMENT_AGE.MALE#4 from 2026-01-01 by event:ReferenceValueWithdrawn");
    }

    @Test
    void D41_everyMemberOfADecisionIsRememberedAndTheirNextRegistrationAnnouncesTheFamily() {
        String mother = TestIins.woman("1990-05-05");
        String son = TestIins.man("2008-02-02");
        String family = "F-0123456789abcdef0123456789abcdef";
        rememberFamily.remember(family, List.of(keys.personKey(Iin.parse(mother)), keys.personKey(Iin.parse(son))),
                Instant.parse("2026-02-01T10:00:00Z"));
        // an older decision of another family delivered late changes nothing
        rememberFamily.remember("F-ffffffffffffffffffffffffffffffff", List.of(keys.personKey(Iin.parse(son))),
                Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(families.familyOf(keys.personKey(Iin.parse(son)))).contains(family);

        Registration r = register.register(new RegisterJobSeekerUseCase.Command(operator(ALMATY), Iin.parse(mother), ALMATY,
                false, DOCS, null, null)).orElseThrow();
        assertThat(r.familyId()).isEqualTo(family);
        assertThat(events.of(EmploymentEvent.JobSeekerRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.registration().familyId()).isEqualTo(family));
        Registration stranger = register.register(new RegisterJobSeekerUseCase.Command(operator(ALMATY),
                Iin.parse(TestIins.man("1970-07-07")), ALMATY, false, DOCS, null, null)).orElseThrow();
        assertThat(stranger.familyId()).isNull();
    }
}
