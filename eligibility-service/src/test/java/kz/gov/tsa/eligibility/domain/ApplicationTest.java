package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Quarter;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.gov.tsa.eligibility.domain.FamilyMember.Relation.APPLICANT;
import static kz.gov.tsa.eligibility.domain.FamilyMember.Relation.CHILD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationTest {

    static final FamilyMember MOTHER = FamilyMember.basic(Iin.parse("900101300126"), LocalDate.of(1990, 1, 1), APPLICANT);
    static final FamilyMember SON = FamilyMember.basic(Iin.parse("150312500455"), LocalDate.of(2015, 3, 12), CHILD);

    static Outcome<Application> submit(List<FamilyMember> members) {
        Map<String, String> keys = new HashMap<>();
        members.forEach(m -> keys.put(m.iin().value(), fakeKey(m.iin())));
        return Application.receive(UUID.randomUUID(), keys, new RegionCode("750000000"), Quarter.parse("2026-Q4"),
                members, LivingConditions.NOT_RECORDED, Application.Channel.PORTAL, "portal1",
                Instant.parse("2026-11-26T05:00:00Z"));
    }

    /** A stand-in for the keyed hash: 64 hex digits that do not show the IIN. */
    static String fakeKey(Iin iin) {
        String half = UUID.nameUUIDFromBytes(iin.value().getBytes()).toString().replace("-", "");
        return half + half;
    }

    static Application receive(List<FamilyMember> members) {
        return submit(members).orElseThrow();
    }

    static List<String> refusedFields(List<FamilyMember> members) {
        Refusal refusal = submit(members).refusalIfAny().orElseThrow();
        assertThat(refusal.ruleId()).isEqualTo("ELIG-14");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        return refusal.fields().stream().map(Refusal.FieldRefusal::field).toList();
    }

    @Test
    void ELIG10_aReceivedApplicationAwaitsThePrecinctCommission() {
        Application a = receive(List.of(MOTHER, SON));
        assertThat(a.status()).isEqualTo(Application.Status.AWAITING_COMMISSION);
        assertThat(a.applicant()).isEqualTo(MOTHER);
        var event = a.receivedEvent();
        assertThat(event.memberCount()).isEqualTo(2);
        assertThat(event.ruleIds()).contains("ELIG-10");
        assertThat(event.familyId()).isEqualTo(a.familyId());
    }

    @Test
    void ELIG01_theFamilyIdIsTheApplicantsAndStableAcrossApplicationsWithoutTheIin() {
        Application first = receive(List.of(MOTHER, SON));
        Application second = receive(List.of(MOTHER));
        assertThat(first.familyId()).isEqualTo(second.familyId()).startsWith("F-").hasSize(34)
                .doesNotContain(MOTHER.iin().value());
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void ELIG14_theFamilyHasExactlyOneApplicantAndNoPersonTwice() {
        assertThat(refusedFields(List.of(SON))).containsExactly("members");
        assertThat(refusedFields(List.of(MOTHER, MOTHER))).containsExactly("members", "members[1].iin");
        var sonListedTwice = FamilyMember.basic(SON.iin(), SON.birthDate(), CHILD);
        assertThat(refusedFields(List.of(MOTHER, SON, sonListedTwice))).containsExactly("members[2].iin");
    }

    @Test
    void ELIG14_aBirthDateOtherThanTheIinsAndIncomesOutsideTheQuarterBeforeAreNamed() {
        var wrongBirthDate = FamilyMember.basic(SON.iin(), SON.birthDate().plusDays(1), CHILD);
        assertThat(refusedFields(List.of(MOTHER, wrongBirthDate))).containsExactly("members[1].birthDate");
        // quarter of application 2026-Q4: the income period is 2026-Q3 (ELIG-03); 2026-06 and 2026-10 lie outside
        var earner = new FamilyMember(MOTHER.iin(), MOTHER.birthDate(), APPLICANT, ResidencyStatus.CITIZEN,
                Disability.NONE, false, false, java.util.Set.of(), EmploymentStatus.EMPLOYED, List.of(
                income("2026-06"), income("2026-07"), income("2026-09"), income("2026-09"), income("2026-10")));
        assertThat(refusedFields(List.of(earner))).containsExactly("members[0].incomes[0].month",
                "members[0].incomes[3]", "members[0].incomes[4].month");
    }

    static MonthlyIncome income(String month) {
        return new MonthlyIncome(java.time.YearMonth.parse(month), MonthlyIncome.IncomeKind.WAGES, Tenge.of("1000.00"));
    }

    @Test
    void ELIG10_theCommissionConcludesOnceAndAnotherConclusionIsRefused() {
        Application a = receive(List.of(MOTHER, SON));
        var conclusion = new CommissionConclusion(true, "inspected", "commission1", Instant.parse("2026-11-27T05:00:00Z"));
        Application concluded = a.conclude(conclusion).orElseThrow();
        assertThat(concluded.readyForDecision()).isTrue();
        Refusal again = concluded.conclude(conclusion).refusalIfAny().orElseThrow();
        assertThat(again.ruleId()).isEqualTo("ELIG-10");
        assertThat(again.kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void ELIG01_D97_anApplicationMayBeWithdrawnBeforeItsDecisionOnlyAndOnce() {
        Application received = receive(List.of(MOTHER, SON));
        var conclusion = new CommissionConclusion(true, "inspected", "commission1", Instant.parse("2026-11-27T05:00:00Z"));
        Application concluded = received.conclude(conclusion).orElseThrow();

        Application withdrawnEarly = received.withdraw().orElseThrow();
        Application withdrawnLate = concluded.withdraw().orElseThrow();

        assertThat(withdrawnEarly.status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(withdrawnEarly.conclusion()).isEmpty();
        assertThat(withdrawnLate.status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(withdrawnLate.conclusion()).contains(conclusion);
        assertThat(withdrawnLate.readyForDecision()).isFalse();
        assertThat(Application.Status.WITHDRAWN.open()).isFalse();
        assertThat(Application.Status.AWAITING_COMMISSION.open()).isTrue();
        assertThat(Application.Status.AWAITING_DECISION.open()).isTrue();

        Refusal twice = withdrawnEarly.withdraw().refusalIfAny().orElseThrow();
        assertThat(twice.code()).isEqualTo("application.withdrawn");
        assertThat(twice.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(withdrawnEarly.conclude(conclusion).refusalIfAny().orElseThrow().code())
                .isEqualTo("application.withdrawn");

        Refusal decided = concluded.decided().withdraw().refusalIfAny().orElseThrow();
        assertThat(decided.ruleId()).isEqualTo("ELIG-01");
        assertThat(decided.code()).isEqualTo("application.withdrawal.decided");
        assertThat(concluded.decided().revoked().withdraw().refusalIfAny().orElseThrow().code())
                .isEqualTo("application.withdrawal.decided");
    }

    @Test
    void quartersParseAndKnowTheirDays() {
        Quarter q = Quarter.parse("2026-Q1");
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.previous()).isEqualTo(Quarter.parse("2025-Q4"));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 26))).hasToString("2026-Q4");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionCode("75111")).isInstanceOf(IllegalArgumentException.class);
    }
}
