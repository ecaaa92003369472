package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static kz.gov.tsa.eligibility.domain.CareDuty.CHILD_UNDER_7;
import static kz.gov.tsa.eligibility.domain.CareDuty.DISABLED_PERSON_GROUP_1_2;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_1;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_2;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_3;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.OTHER;
import static kz.gov.tsa.kernel.Sex.FEMALE;
import static kz.gov.tsa.kernel.Sex.MALE;
import static kz.gov.tsa.eligibility.domain.decision.Families.APPLIED;
import static kz.gov.tsa.eligibility.domain.decision.Families.PL;
import static kz.gov.tsa.eligibility.domain.decision.Families.child;
import static kz.gov.tsa.eligibility.domain.decision.Families.family;
import static kz.gov.tsa.eligibility.domain.decision.Families.man;
import static kz.gov.tsa.eligibility.domain.decision.Families.person;
import static kz.gov.tsa.eligibility.domain.decision.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Focused tests per rule of {@link EligibilityPolicy}, with their boundaries. */
class EligibilityPolicyTest {

    private static final List<String> UNCONDITIONAL_SINGLE =
            List.of("ELIG-02", "ELIG-03", "ELIG-04", "ELIG-06", "ELIG-12", "ELIG-15");
    private static final List<String> UNCONDITIONAL_FAMILY =
            List.of("ELIG-02", "ELIG-03", "ELIG-04", "ELIG-07", "ELIG-12", "ELIG-15");
    private static final List<String> CONDITIONAL_SINGLE =
            List.of("ELIG-02", "ELIG-03", "ELIG-04", "ELIG-06", "ELIG-08", "ELIG-09", "ELIG-13", "ELIG-15");
    private static final List<String> CONDITIONAL_FAMILY =
            List.of("ELIG-02", "ELIG-03", "ELIG-04", "ELIG-07", "ELIG-08", "ELIG-09", "ELIG-13", "ELIG-15");

    private static Explanation.Step step(Decision d, String ruleId) {
        return d.explanation().steps().stream().filter(s -> s.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    // --- ELIG-02 ---------------------------------------------------------------------------------

    @Test
    void ELIG02_otherStatusIsRefusedCitingELIG02() {
        Decision d = family().with(man(35).status(OTHER)).decide();

        assertThat(d).isInstanceOfSatisfying(Decision.Refused.class, r -> {
            assertThat(r.ruleId()).isEqualTo("ELIG-02");
            assertThat(r.reason()).isEqualTo("status-not-eligible");
            assertThat(r.povertyLine()).isEqualTo(PL);
            assertThat(r.perCapitaIncome()).isEqualTo(Tenge.ZERO);
        });
        assertThat(d.explanation().ruleIds()).containsExactly("ELIG-02", "ELIG-15");
        Explanation.Step status = d.explanation().steps().getFirst();
        assertThat(status.article()).isEqualTo("TSA Law art. 2 p. 1");
        assertThat(status.code()).isEqualTo("applicant-status");
        assertThat(status.outcome()).isEqualTo("STATUS_NOT_ELIGIBLE");
        assertThat(status.figures()).containsEntry("applicantStatus", "OTHER").containsEntry("mayApply", "false");
        Explanation.Step outcome = d.explanation().steps().getLast();
        assertThat(outcome.code()).isEqualTo("outcome");
        assertThat(outcome.outcome()).isEqualTo("REFUSED");
        assertThat(outcome.figures()).containsEntry("refusedBy", "ELIG-02");
    }

    @Test
    void ELIG02_anotherMembersStatusDoesNotRefuse() {
        Decision d = family().with(woman(30).caring(CHILD_UNDER_7), man(32).status(OTHER), child(2)).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(step(d, "ELIG-02").outcome()).isEqualTo("ELIGIBLE_STATUS");
        assertThat(step(d, "ELIG-02").figures()).containsEntry("otherMembersWithOtherStatus", "1");
    }

    @Test
    void ELIG02_theApplicantNeedNotBeTheFirstMember() {
        Decision d = family().with(man(40).status(OTHER), woman(38).applicant()).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(step(d, "ELIG-02").figures()).containsEntry("applicantStatus", "CITIZEN");
    }

    @Test
    void ELIG02_aFamilyWithoutExactlyOneApplicantIsAProgrammingError() {
        assertThatThrownBy(() -> family().with(man(40).applicant(), woman(38).applicant()).decide())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> family().with(man(40).relation(FamilyMember.Relation.SPOUSE)).decide())
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- ELIG-03 ---------------------------------------------------------------------------------

    @Test
    void ELIG03_incomeExactlyAtThePovertyLineIsRefusedByELIG04() {
        Decision d = family().with(man(40), woman(38)).quarterIncome("213576.00").decide();

        assertThat(d).isInstanceOfSatisfying(Decision.Refused.class, r -> {
            assertThat(r.ruleId()).isEqualTo("ELIG-04");
            assertThat(r.reason()).isEqualTo("no-amount");
            assertThat(r.perCapitaIncome()).isEqualTo(PL);
        });
        assertThat(step(d, "ELIG-03").outcome()).isEqualTo("AT_POVERTY_LINE");
        assertThat(step(d, "ELIG-04").outcome()).isEqualTo("NO_AMOUNT");
        assertThat(d.explanation().ruleIds()).containsExactly("ELIG-02", "ELIG-03", "ELIG-04", "ELIG-15");
    }

    @Test
    void ELIG03_REF04_aPerCapitaIncomeAboveTheComputed28396_90ButBelowThePublished28397IsAdmitted() {
        // 85 190.85 / 3 = 28 396.95: above 70 % × 40 567 = 28 396.90, below the line as published (28 397)
        Decision d = family().with(man(40)).quarterIncome("85190.85")
                .decide(Families.params(Tenge.of("28397.00"), "63", "61"));
        assertThat(d).isInstanceOfSatisfying(Decision.Assignment.class,
                a -> assertThat(a.monthlyAmount()).isEqualTo(Tenge.of("0.05")));
        assertThat(family().with(man(40)).quarterIncome("85190.85")
                .decide(Families.params(Tenge.of("28396.90"), "63", "61"))).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void ELIG03_theIncomePeriodIsADatedLength_sixMonthsBeforeTheQuarterDivideBySix() {
        DecisionParameters sixMonths = new DecisionParameters(PL, new java.math.BigDecimal("63"),
                new java.math.BigDecimal("61"), 6, List.of(), List.of(), 6);
        // 2026-Q4: the six months 2026-04..2026-09; 60 000 in April (outside the quarter before) and 60 000 in July
        Decision d = family().with(man(40).earnsIn(YearMonth.of(2026, 4), "60000.00")
                .earnsIn(YearMonth.of(2026, 7), "60000.00")).decide(sixMonths);

        assertThat(step(d, "ELIG-03").figures()).containsEntry("incomePeriod", "2026-04..2026-09")
                .containsEntry("months", "6").containsEntry("totalIncome", "120000.00")
                .containsEntry("perCapitaIncome", "20000.00");
        // the default is the quarter before, 3 months: April is then outside the period
        assertThatThrownBy(() -> family().with(man(40).earnsIn(YearMonth.of(2026, 4), "60000.00")).decide())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(step(family().with(man(40)).decide(), "ELIG-03").figures()).containsEntry("incomePeriod", "2026-Q3")
                .containsEntry("months", "3");
        assertThat(kz.gov.tsa.eligibility.domain.IncomePeriod.before(new kz.gov.tsa.kernel.Quarter(2026, 1), 3)
                .toString()).isEqualTo("2025-Q4");
    }

    @Test
    void ELIG03_oneTiynBelowThePovertyLineGivesOneTiynPerMember() {
        // 3 months × 2 members × 35 595.99
        Decision d = family().with(man(40), woman(38)).quarterIncome("213575.94").decide();

        assertThat(d).isInstanceOfSatisfying(Decision.Conditional.class, a -> {
            assertThat(a.perCapitaIncome()).isEqualTo(Tenge.of("35595.99"));
            assertThat(a.monthlyAmount()).isEqualTo(Tenge.of("0.02"));
            assertThat(a.shares()).extracting(MemberShare::monthlyAmount)
                    .containsExactly(Tenge.of("0.01"), Tenge.of("0.01"));
        });
        assertThat(step(d, "ELIG-03").outcome()).isEqualTo("BELOW_POVERTY_LINE");
    }

    @Test
    void ELIG03_oneTiynAboveThePovertyLineIsRefusedByELIG03() {
        Decision d = family().with(man(40)).quarterIncome("106788.03").decide();

        assertThat(d).isInstanceOfSatisfying(Decision.Refused.class, r -> {
            assertThat(r.ruleId()).isEqualTo("ELIG-03");
            assertThat(r.reason()).isEqualTo("income-above-poverty-line");
            assertThat(r.perCapitaIncome()).isEqualTo(Tenge.of("35596.01"));
        });
        assertThat(step(d, "ELIG-03").outcome()).isEqualTo("ABOVE_POVERTY_LINE");
        assertThat(d.explanation().ruleIds()).containsExactly("ELIG-02", "ELIG-03", "ELIG-15");
    }

    @Test
    void ELIG03_perCapitaIncomeIsOneExactDivisionRoundedHalfUpToTheTiyn() {
        Decision seven = family().with(man(40), woman(38), child(15), child(12), child(10), child(8), child(5))
                .quarterIncome("100000.00").decide();
        assertThat(seven.perCapitaIncome()).isEqualTo(Tenge.of("4761.90")); // 4761.9047…

        Decision half = family().with(man(40), woman(38)).quarterIncome("6000.03").decide();
        assertThat(half.perCapitaIncome()).isEqualTo(Tenge.of("1000.01")); // 1000.005 → HALF_UP (HALF_EVEN: 1000.00)

        Decision third = family().with(man(40), woman(38), child(10)).quarterIncome("150000").decide();
        assertThat(third.perCapitaIncome()).isEqualTo(Tenge.of("16666.67"));
        assertThat(((Decision.Assignment) third).monthlyAmount()).isEqualTo(Tenge.of("56787.99"));
    }

    @Test
    void ELIG03_theStepShowsItsFiguresInOrder() {
        Decision d = family().with(man(40).earns(1, "20000").earns(3, "25000"), woman(38).earns(2, "15000"))
                .decide();

        Explanation.Step s = step(d, "ELIG-03");
        assertThat(s.article()).isEqualTo("TSA Law art. 1 p. 3-1 (PL); method per RULES.md ELIG-03");
        assertThat(s.code()).isEqualTo("per-capita-income");
        assertThat(s.figures()).containsExactly(
                entry("incomePeriod", "2026-Q3"), entry("totalIncome", "60000.00"), entry("months", "3"),
                entry("members", "2"), entry("perCapitaIncome", "10000.00"), entry("povertyLine", "35596.00"),
                entry("povertyLineQuarter", "2026-Q4"));
    }

    @Test
    void ELIG03_incomesOutsideTheIncomePeriodThrow() {
        assertThatThrownBy(() -> family().with(man(40).earnsIn(YearMonth.of(2026, 10), "1000")).decide())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-Q3");
        assertThatThrownBy(() -> family().with(man(40).earnsIn(YearMonth.of(2026, 6), "1000")).decide())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> family().with(man(40), woman(38).earnsIn(YearMonth.of(2025, 9), "1")).decide())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ELIG03_theIncomePeriodOfAFirstQuarterApplicationIsTheLastQuarterOfTheYearBefore() {
        Decision d = family().with(man(40).earnsIn(YearMonth.of(2026, 12), "30000"))
                .applied(new kz.gov.tsa.kernel.Quarter(2027, 1), LocalDate.of(2027, 1, 10),
                        LocalDate.of(2027, 1, 20))
                .decide();

        assertThat(d.perCapitaIncome()).isEqualTo(Tenge.of("10000.00"));
        assertThat(step(d, "ELIG-03").figures()).containsEntry("incomePeriod", "2026-Q4");
    }

    // --- ELIG-04 ---------------------------------------------------------------------------------

    @Test
    void ELIG04_sharesAddUpToTheAmount() {
        for (String total : List.of("0", "1.00", "100000.00", "150000", "99999.99", "320363.91", "700000.00")) {
            Decision d = family().with(man(40), woman(38), child(15), child(12), child(10), child(8), child(5))
                    .quarterIncome(total).decide();
            Decision.Assignment a = (Decision.Assignment) d;
            assertThat(a.shares()).hasSize(7);
            assertThat(a.shares().stream().map(MemberShare::monthlyAmount).reduce(Tenge.ZERO, Tenge::plus))
                    .as("total %s", total).isEqualTo(a.monthlyAmount());
            assertThat(a.monthlyAmount()).isEqualTo(PL.minus(a.perCapitaIncome()).times(7));
        }
    }

    @Test
    void ELIG04_theStepShowsShareAndAmount() {
        Decision d = family().with(man(40), woman(38), child(10)).quarterIncome("150000").decide();

        Explanation.Step s = step(d, "ELIG-04");
        assertThat(s.code()).isEqualTo("amount");
        assertThat(s.outcome()).isEqualTo("AMOUNT_POSITIVE");
        assertThat(s.figures()).containsExactly(entry("povertyLine", "35596.00"),
                entry("perCapitaIncome", "16666.67"), entry("perMemberShare", "18929.33"), entry("members", "3"),
                entry("monthlyAmount", "56787.99"));
    }

    // --- ELIG-06 ---------------------------------------------------------------------------------

    @Test
    void ELIG06_singlePensionerIsUnconditional() {
        Decision d = family().with(person(MALE, APPLIED.minusYears(63))).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(d.explanation().ruleIds()).isEqualTo(UNCONDITIONAL_SINGLE);
        Explanation.Step kind = step(d, "ELIG-06");
        assertThat(kind.article()).isEqualTo("TSA Law art. 2 p. 4 sub. 1");
        assertThat(kind.code()).isEqualTo("kind");
        assertThat(kind.outcome()).isEqualTo("UNCONDITIONAL");
        assertThat(kind.figures()).containsEntry("age", "63").containsEntry("retirementAge", "63")
                .containsEntry("reachedRetirementAge", "true").containsEntry("basis", "retirement-age");
    }

    @Test
    void ELIG06_singleManOneDayBeforeRetirementAgeIsConditional() {
        Decision d = family().with(person(MALE, APPLIED.minusYears(63).plusDays(1))).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(d.explanation().ruleIds()).isEqualTo(CONDITIONAL_SINGLE);
        assertThat(step(d, "ELIG-06").figures()).containsEntry("age", "62")
                .containsEntry("retirementAgeReachedOn", APPLIED.plusDays(1).toString());
    }

    @Test
    void ELIG06_fractionalRetirementAgeOfWomenIsComparedInMonths() {
        DecisionParameters p2023 = Families.params(Tenge.of("28397.00"), "63", "58.5");
        LocalDate born = LocalDate.of(1965, 3, 10);
        Families.CaseBuilder onTheDay = family().with(person(FEMALE, born))
                .applied(new kz.gov.tsa.kernel.Quarter(2023, 3), LocalDate.of(2023, 9, 10),
                        LocalDate.of(2023, 9, 15));
        Families.CaseBuilder dayBefore = family().with(person(FEMALE, born))
                .applied(new kz.gov.tsa.kernel.Quarter(2023, 3), LocalDate.of(2023, 9, 9),
                        LocalDate.of(2023, 9, 15));

        Decision reached = onTheDay.decide(p2023);
        assertThat(reached).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(reached, "ELIG-06").figures()).containsEntry("retirementAge", "58.5")
                .containsEntry("retirementAgeReachedOn", "2023-09-10");
        assertThat(dayBefore.decide(p2023)).isInstanceOf(Decision.Conditional.class);
    }

    @Test
    void ELIG06_aMansRetirementAgeIsNotAWomans() {
        LocalDate born = APPLIED.minusYears(62);
        assertThat(family().with(person(FEMALE, born)).decide()).isInstanceOf(Decision.Unconditional.class);
        assertThat(family().with(person(MALE, born)).decide()).isInstanceOf(Decision.Conditional.class);
    }

    @Test
    void ELIG06_singleDisabledGroup1Or2IsUnconditional() {
        assertThat(family().with(man(40).disabled(GROUP_1)).decide()).isInstanceOf(Decision.Unconditional.class);
        Decision d = family().with(man(40).disabled(GROUP_2)).decide();
        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(d, "ELIG-06").figures()).containsEntry("basis", "disability-group-1-2");
    }

    @Test
    void ELIG06_singleDisabledGroup3IsConditional() {
        Decision d = family().with(man(40).disabled(GROUP_3)).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(step(d, "ELIG-06").figures()).containsEntry("disability", "GROUP_3")
                .containsEntry("basis", "able-bodied");
        assertThat(((Decision.Assignment) d).shares().getFirst().ableBodied()).isTrue();
    }

    @Test
    void ELIG06_singleWithALongIllnessIsUnconditional() {
        Decision d = family().with(woman(45).longIll()).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(d, "ELIG-06").figures()).containsEntry("basis", "long-illness");
        assertThat(((Decision.Assignment) d).shares().getFirst().ableBodied()).isFalse();
    }

    @Test
    void ELIG06_singleMinorIsNotAbleBodiedSoUnconditional() {
        Decision d = family().with(person(MALE, APPLIED.minusYears(18).plusDays(1))).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(d, "ELIG-06").figures()).containsEntry("age", "17")
                .containsEntry("basis", "under-18-not-able-bodied");
        // from the day of 18 the same person is able-bodied: conditional
        assertThat(family().with(person(MALE, APPLIED.minusYears(18))).decide())
                .isInstanceOf(Decision.Conditional.class);
    }

    // --- ELIG-07 / ELIG-08 -----------------------------------------------------------------------

    @Test
    void ELIG07_allExemptFamilyIsUnconditional() {
        Decision d = family().with(man(45).disabled(GROUP_2), woman(42).caring(DISABLED_PERSON_GROUP_1_2),
                man(24).longIll(), child(5), woman(70)).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(d.explanation().ruleIds()).isEqualTo(UNCONDITIONAL_FAMILY);
        Explanation.Step kind = step(d, "ELIG-07");
        assertThat(kind.article()).isEqualTo("TSA Law art. 2 p. 4 sub. 2");
        assertThat(kind.figures()).containsEntry("members", "5").containsEntry("workingAgeMembers", "3")
                .containsEntry("exempt", "3").containsEntry("exemptByDisability", "1")
                .containsEntry("exemptByLongIllness", "1").containsEntry("exemptByCare", "1")
                .containsEntry("notExempt", "0").containsEntry("basis", "all-working-age-exempt");
    }

    @Test
    void ELIG07_familyOfChildrenAndPensionersHasNoAbleBodiedMember() {
        Decision d = family().with(woman(64), man(66), child(12), child(9)).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(d, "ELIG-07").figures()).containsEntry("workingAgeMembers", "0")
                .containsEntry("basis", "no-working-age-member");
        assertThat(((Decision.Assignment) d).shares()).noneMatch(MemberShare::ableBodied);
    }

    @Test
    void ELIG07_studentDoesNotExemptUnderELIG07() {
        Decision d = family().with(woman(65), man(20).student()).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(d.explanation().ruleIds()).isEqualTo(CONDITIONAL_FAMILY);
        assertThat(step(d, "ELIG-07").figures()).containsEntry("fullTimeStudentsNotExempt", "1")
                .containsEntry("studyExempts", "false").containsEntry("notExempt", "1");
        assertThat(step(d, "ELIG-08").figures()).containsEntry("ableBodiedNotExempt", "1");
        MemberShare student = ((Decision.Assignment) d).shares().get(1);
        assertThat(student.fullTimeStudent()).isTrue();
        assertThat(student.ableBodied()).isTrue();
    }

    @Test
    void ELIG07_memberTurning18InsideThePeriodIsJudgedOnTheApplicationDate() {
        LocalDate born = LocalDate.of(2008, 11, 20); // 17 on 2026-10-15, 18 on 2026-11-20
        Decision d = family().with(woman(66), person(MALE, born).relation(FamilyMember.Relation.GRANDCHILD)).decide();

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(step(d, "ELIG-07").figures()).containsEntry("workingAgeMembers", "0");
        Decision.Assignment a = (Decision.Assignment) d;
        MemberShare teen = a.shares().get(1);
        assertThat(teen.ableBodied()).isFalse();
        assertThat(teen.turns18On()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(YearMonth.from(teen.turns18On())).isBetween(a.period().from(), a.period().to());
    }

    @Test
    void ELIG07_memberTurning23InsideThePeriodShowsTurns23On() {
        LocalDate born = LocalDate.of(2004, 1, 8); // 22 on the application date, 23 on 2027-01-08
        Decision d = family().with(woman(45).caring(CHILD_UNDER_7), person(FEMALE, born).student(), child(4))
                .decide();

        Decision.Assignment a = (Decision.Assignment) d;
        assertThat(a).isInstanceOf(Decision.Conditional.class);
        MemberShare student = a.shares().get(1);
        assertThat(student.turns23On()).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(student.turns18On()).isEqualTo(LocalDate.of(2022, 1, 8));
        assertThat(student.fullTimeStudent()).isTrue();
        assertThat(YearMonth.from(student.turns23On())).isBetween(a.period().from(), a.period().to());
    }

    @Test
    void ELIG07_bornOn29FebruaryTurns18On28FebruaryInACommonYear() {
        LocalDate born = LocalDate.of(2008, 2, 29);
        Families.CaseBuilder f = family().with(woman(70), person(MALE, born))
                .applied(new kz.gov.tsa.kernel.Quarter(2026, 1), LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 3, 2));

        Decision d = f.decide();
        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(((Decision.Assignment) d).shares().get(1).turns18On()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void ELIG08_oneAbleBodiedMemberMakesTheFamilyConditional() {
        Decision d = family().with(woman(30).caring(CHILD_UNDER_7), man(33).employed(), child(3), child(1)).decide();

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        Explanation.Step s = step(d, "ELIG-08");
        assertThat(s.article()).isEqualTo("TSA Law art. 2 p. 5");
        assertThat(s.outcome()).isEqualTo("CONDITIONAL");
        assertThat(s.figures()).containsEntry("ableBodiedNotExempt", "1")
                .containsEntry("basis", "able-bodied-member-not-exempt");
        assertThat(((Decision.Assignment) d).shares()).extracting(MemberShare::ableBodied)
                .containsExactly(true, true, false, false);
    }

    @Test
    void ELIG09_conditionalNeedsASignedContract() {
        Decision d = family().with(man(40)).decide();

        Explanation.Step s = step(d, "ELIG-09");
        assertThat(s.article()).isEqualTo("TSA Law art. 2 p. 6");
        assertThat(s.code()).isEqualTo("contract-required");
        assertThat(s.outcome()).isEqualTo("CONTRACT_REQUIRED");
        assertThat(s.figures()).containsEntry("contractTermMonths", "6");
    }

    // --- ELIG-12 / ELIG-13 -----------------------------------------------------------------------

    @Test
    void ELIG12_unconditionalIsAssignedForTheQuarterOfApplication() {
        Decision d = family().with(woman(70)).decided(LocalDate.of(2026, 11, 30)).decide();

        Decision.Assignment a = (Decision.Assignment) d;
        assertThat(a.period()).isEqualTo(new AssignmentPeriod(YearMonth.of(2026, 10), YearMonth.of(2026, 12)));
        Explanation.Step s = step(d, "ELIG-12");
        assertThat(s.article()).isEqualTo("TSA Law art. 4 p. 10");
        assertThat(s.code()).isEqualTo("period");
        assertThat(s.figures()).containsEntry("from", "2026-10").containsEntry("to", "2026-12")
                .containsEntry("months", "3");
    }

    @Test
    void ELIG13_conditionalRunsForTheContractTermFromTheDecisionMonth() {
        DecisionParameters twelve = new DecisionParameters(PL, new java.math.BigDecimal("63"),
                new java.math.BigDecimal("61"), 12, List.of());
        Decision d = family().with(man(40)).decide(twelve);

        Decision.Assignment a = (Decision.Assignment) d;
        assertThat(a.period()).isEqualTo(new AssignmentPeriod(YearMonth.of(2026, 11), YearMonth.of(2027, 10)));
        assertThat(step(d, "ELIG-13").figures()).containsEntry("months", "12").containsEntry("provisional", "true");
        assertThat(step(d, "ELIG-13").outcome()).isEqualTo("CONTRACT_TERM_PROVISIONAL");
    }

    // --- ELIG-15 and the shares ------------------------------------------------------------------

    @Test
    void ELIG15_everyDecisionEndsWithASummary() {
        Decision d = family().with(man(40), woman(38), child(10)).quarterIncome("150000").decide();

        Explanation.Step s = d.explanation().steps().getLast();
        assertThat(s.ruleId()).isEqualTo("ELIG-15");
        assertThat(s.code()).isEqualTo("outcome");
        assertThat(s.outcome()).isEqualTo("ASSIGNED");
        assertThat(s.figures()).containsExactly(entry("kind", "CONDITIONAL"), entry("monthlyAmount", "56787.99"),
                entry("perMemberShare", "18929.33"), entry("members", "3"), entry("periodFrom", "2026-11"),
                entry("periodTo", "2027-04"), entry("months", "6"), entry("provisional", "true"));
    }

    @Test
    void ELIG15_stepCodesAreStable() {
        assertThat(family().with(man(40)).decide().explanation().steps()).extracting(Explanation.Step::code)
                .containsExactly("applicant-status", "per-capita-income", "amount", "kind", "able-bodied-member",
                        "contract-required", "period", "outcome");
        assertThat(family().with(woman(70)).decide().explanation().steps()).extracting(Explanation.Step::code)
                .containsExactly("applicant-status", "per-capita-income", "amount", "kind", "period", "outcome");
    }

    @Test
    void ELIG15_theSameCaseGivesAnEqualDecision() {
        Families.CaseBuilder f = family().with(woman(30).caring(CHILD_UNDER_7), man(33), child(3))
                .quarterIncome("100000.00");
        EligibilityCase c = f.build();

        Decision first = EligibilityPolicy.decide(c, Families.params());
        Decision again = EligibilityPolicy.decide(f.build(), Families.params());

        assertThat(again).isEqualTo(first);
        assertThat(again.hashCode()).isEqualTo(first.hashCode());
    }

    @Test
    void ELIG04_oneSharePerMemberInInputOrder() {
        EligibilityCase c = family().with(woman(30).caring(CHILD_UNDER_7), man(33), child(3)).build();

        Decision.Assignment a = (Decision.Assignment) EligibilityPolicy.decide(c, Families.params());

        assertThat(a.shares()).extracting(MemberShare::iin)
                .containsExactlyElementsOf(c.members().stream().map(FamilyMember::iin).toList());
        assertThat(a.shares()).allSatisfy(s -> assertThat(s.monthlyAmount()).isEqualTo(PL));
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
