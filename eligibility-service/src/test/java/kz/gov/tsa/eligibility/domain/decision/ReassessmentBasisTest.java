package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import kz.gov.tsa.eligibility.domain.simulation.StoredBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredCase;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static kz.gov.tsa.eligibility.domain.decision.Families.APPLIED;
import static kz.gov.tsa.eligibility.domain.decision.Families.DECIDED;
import static kz.gov.tsa.eligibility.domain.decision.Families.child;
import static kz.gov.tsa.eligibility.domain.decision.Families.family;
import static kz.gov.tsa.eligibility.domain.decision.Families.iin;
import static kz.gov.tsa.eligibility.domain.decision.Families.man;
import static kz.gov.tsa.eligibility.domain.decision.Families.params;
import static kz.gov.tsa.eligibility.domain.decision.Families.person;
import static kz.gov.tsa.eligibility.domain.decision.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-95, REF-04/05 what-if: the compact {@link ReassessmentBasis} (ELIG-10, ELIG-02, ELIG-03, ELIG-04) gives, under any
 * poverty line, the same eligibility and monthly amount as deciding the whole case again with {@link CommissionGate}
 * — at the line's boundaries (income exactly at it, one tiyn either side), whatever the kind rules say (care duties,
 * retirement age, disability) and for a generated variety of families.
 */
class ReassessmentBasisTest {

    record Stored(String name, EligibilityCase inputs, DecisionParameters parameters, boolean confirmed) {
    }

    /** The monthly amount of the full decision under {@code pl} with everything else as stored; empty for a refusal. */
    static Optional<Tenge> fullDecision(Stored s, Tenge pl) {
        Decision d = CommissionGate.decide(s.inputs(), s.parameters().withPovertyLine(pl, s.parameters().versions()),
                s.confirmed());
        return d instanceof Decision.Assignment a ? Optional.of(a.monthlyAmount()) : Optional.empty();
    }

    static void assertSameUnderEveryLine(Stored s, List<Tenge> lines) {
        ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), s.confirmed());
        for (Tenge pl : lines) {
            assertThat(basis.monthlyAmount(pl)).as("%s under PL %s", s.name(), pl).isEqualTo(fullDecision(s, pl));
        }
    }

    /** The stored PL, the per-capita income itself, one tiyn either side of it, and lines far below and above. */
    static List<Tenge> linesAround(Tenge perCapita) {
        List<Tenge> lines = new ArrayList<>(List.of(Families.PL, Tenge.of("17362.80"), Tenge.of("45000.00"),
                Tenge.of("0.01"), Tenge.of("1000000.00")));
        for (String delta : List.of("-0.01", "0.00", "0.01")) {
            Tenge pl = perCapita.plus(Tenge.of(delta));
            if (pl.isPositive()) {
                lines.add(pl);
            }
        }
        return lines;
    }

    @Test
    void ELIG03_ELIG04_anIncomeExactlyAtTheNewLineIsRefusedForNoAmountOneTiynBelowIsAssignedOneTiynAPerson() {
        // per-capita 20 000.00 over the quarter before
        var s = new Stored("single man", family().with(man(40).employed()).quarterIncome("60000.00").build(),
                params(), true);
        ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), true);

        assertThat(basis).isEqualTo(new ReassessmentBasis(true, true, Tenge.of("20000.00"), 1));
        assertThat(basis.monthlyAmount(Tenge.of("20000.00"))).isEmpty(); // ELIG-04: no amount at the line
        assertThat(fullDecision(s, Tenge.of("20000.00"))).isEmpty();
        assertThat(CommissionGate.decide(s.inputs(), s.parameters().withPovertyLine(Tenge.of("20000.00"), List.of()),
                true)).isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.ruleId()).isEqualTo("ELIG-04"));
        assertThat(basis.monthlyAmount(Tenge.of("20000.01"))).contains(Tenge.of("0.01"));
        assertThat(basis.monthlyAmount(Tenge.of("19999.99"))).isEmpty(); // ELIG-03: above the line
        assertSameUnderEveryLine(s, linesAround(basis.perCapitaIncome()));
    }

    @Test
    void ELIG07_aCareDutyDecidesTheKindNotTheAmount_theChildTurning7OnTheDecisionDateAndTheChildOf6GiveTheSameAmount() {
        // ELIG-07: a child who turns 7 on the decision date is no longer under 7 → CONDITIONAL; a child of 6 → UNCONDITIONAL
        var turning7 = new Stored("mother, child turning 7", family().with(woman(30).caring(CareDuty.CHILD_UNDER_7),
                person(Sex.MALE, DECIDED.minusYears(7)).relation(FamilyMember.Relation.CHILD)).quarterIncome("30000.00")
                .build(), params(), true);
        var six = new Stored("mother, child of 6", family().with(woman(30).caring(CareDuty.CHILD_UNDER_7), child(6))
                .quarterIncome("30000.00").build(), params(), true);
        assertThat(CommissionGate.decide(turning7.inputs(), turning7.parameters(), true))
                .isInstanceOf(Decision.Conditional.class);
        assertThat(CommissionGate.decide(six.inputs(), six.parameters(), true)).isInstanceOf(Decision.Unconditional.class);

        for (Stored s : List.of(turning7, six)) {
            ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), true);
            assertThat(basis.perCapitaIncome()).isEqualTo(Tenge.of("5000.00"));
            assertThat(basis.monthlyAmount(Families.PL)).contains(Tenge.of("61192.00"));
            assertSameUnderEveryLine(s, linesAround(basis.perCapitaIncome()));
        }
    }

    @Test
    void ELIG06_retirementAgeDecidesTheKindNotTheAmount_onTheDayItIsReachedAndTheDayBefore() {
        // women 61 in 2026: reached on the application date → UNCONDITIONAL; one day later born → CONDITIONAL
        var reached = new Stored("woman reaching 61 on the day", family().with(person(Sex.FEMALE,
                APPLIED.minusYears(61))).quarterIncome("12345.67").build(), params(), true);
        var notYet = new Stored("woman reaching 61 the day after", family().with(person(Sex.FEMALE,
                APPLIED.minusYears(61).plusDays(1))).quarterIncome("12345.67").build(), params(), true);
        assertThat(CommissionGate.decide(reached.inputs(), reached.parameters(), true))
                .isInstanceOf(Decision.Unconditional.class);
        assertThat(CommissionGate.decide(notYet.inputs(), notYet.parameters(), true))
                .isInstanceOf(Decision.Conditional.class);
        // a schedule with a rise: a woman who reached 58.5 in 2018 stays of retirement age under 59 in 2019
        LocalDate day = LocalDate.of(2019, 6, 3);
        var afterRise = new Stored("woman of 58.5 after the 2019 rise", family().with(person(Sex.FEMALE,
                LocalDate.of(1960, 3, 15))).applied(Quarter.of(day), day, day).quarterIncome("15000.00").build(),
                RetirementAgeReachedTest.paramsOn(day), true);

        for (Stored s : List.of(reached, notYet, afterRise)) {
            ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), true);
            assertSameUnderEveryLine(s, linesAround(basis.perCapitaIncome()));
        }
    }

    @Test
    void ELIG10_ELIG02_aFamilyTheCommissionDidNotConfirmOrWhoseApplicantMayNotApplyIsRefusedUnderEveryLine() {
        var notConfirmed = new Stored("not confirmed", family().with(man(40)).build(), params(), false);
        var other = new Stored("status OTHER", family().with(man(40).status(ResidencyStatus.OTHER), child(3)).build(),
                params(), true);
        // a member of another status does not refuse the family (ELIG-02 looks at the applicant)
        var otherMember = new Stored("another member's status OTHER", family().with(man(40),
                child(3).status(ResidencyStatus.OTHER)).build(), params(), true);

        for (Stored s : List.of(notConfirmed, other)) {
            ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), s.confirmed());
            assertThat(basis.monthlyAmount(Tenge.of("1000000.00"))).isEmpty();
            assertSameUnderEveryLine(s, linesAround(basis.perCapitaIncome()));
        }
        assertThat(ReassessmentBasis.of(otherMember.inputs(), otherMember.parameters(), true).monthlyAmount(Families.PL))
                .contains(Tenge.of("71192.00"));
        assertSameUnderEveryLine(otherMember, linesAround(Tenge.ZERO));
    }

    @Test
    void ELIG03_aSixMonthIncomePeriodAndARoundedPerCapitaIncomeAreTakenAsTheFullDecisionTakesThem() {
        // 100 000.00 over 6 months for 7 members = 2 380.952… → 2 380.95 (REF-08)
        Families.Person applicant = man(45).employed().earnsIn(YearMonth.of(2026, 4), "40000.00")
                .earnsIn(YearMonth.of(2026, 9), "35000.00");
        Families.Person spouse = woman(44).disabled(Disability.GROUP_2).earnsIn(YearMonth.of(2026, 6), "25000.00");
        var c = family().with(applicant, spouse, child(20).student(), child(16), child(9).disabled(Disability.GROUP_3),
                child(5), woman(70).relation(FamilyMember.Relation.GRANDPARENT).longIll()).build();
        DecisionParameters p = params();
        DecisionParameters sixMonths = new DecisionParameters(p.povertyLine(), p.retirementAgeMen(),
                p.retirementAgeWomen(), p.contractTermMonths(), p.versions(), p.retirementSchedule(), 6);
        var s = new Stored("seven members, six months", c, sixMonths, true);

        ReassessmentBasis basis = ReassessmentBasis.of(c, sixMonths, true);
        assertThat(basis).isEqualTo(new ReassessmentBasis(true, true, Tenge.of("2380.95"), 7));
        assertSameUnderEveryLine(s, linesAround(basis.perCapitaIncome()));
    }

    @Test
    void REF04_theSimulationOverGeneratedFamiliesCountsTheSameFromTheBasisAsFromTheFullSnapshot() {
        Random random = new Random(20261203L);
        List<Stored> families = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            families.add(generated(random, i));
        }
        List<Tenge> lines = List.of(Tenge.of("17362.80"), Tenge.of("30384.90"), Tenge.of("35596.00"),
                Tenge.of("45000.00"));
        for (Tenge pl : lines) {
            var full = new PovertyLineSimulation();
            var fast = new PovertyLineSimulation();
            for (Stored s : families) {
                RegionCode region = new RegionCode(s.confirmed() ? "750000000" : "710000000");
                Optional<Tenge> before = fullDecision(s, s.parameters().povertyLine());
                ReassessmentBasis basis = ReassessmentBasis.of(s.inputs(), s.parameters(), s.confirmed());
                assertThat(basis.monthlyAmount(pl)).as("%s under %s", s.name(), pl).isEqualTo(fullDecision(s, pl));
                full.add(new StoredCase(region, s.inputs().quarter(), s.inputs(), s.parameters(), s.confirmed(), before), pl);
                fast.add(new StoredBasis(region, s.inputs().quarter(), basis, before), pl);
            }
            var a = full.result();
            var b = fast.result();
            assertThat(a.regions()).hasSameSizeAs(b.regions());
            for (int r = 0; r <= a.regions().size(); r++) {
                var x = r == a.regions().size() ? a.total() : a.regions().get(r);
                var y = r == a.regions().size() ? b.total() : b.regions().get(r);
                assertThat(List.of(y.regionCode(), y.families(), y.stayEligible(), y.becomeEligible(),
                        y.becomeIneligible(), y.stayIneligible(), y.monthlyCostBefore(), y.monthlyCostAfter()))
                        .as("under %s", pl)
                        .isEqualTo(List.of(x.regionCode(), x.families(), x.stayEligible(), x.becomeEligible(),
                                x.becomeIneligible(), x.stayIneligible(), x.monthlyCostBefore(), x.monthlyCostAfter()));
            }
            assertThat(a.total().families()).isEqualTo(2000);
            assertThat(a.total().stayEligible() + a.total().becomeEligible()).isPositive();
            assertThat(a.total().stayIneligible() + a.total().becomeIneligible()).isPositive();
        }
    }

    /** A family of 1–6 members with ages around 7, 18 and retirement age, statuses, disabilities, care and incomes. */
    static Stored generated(Random random, int n) {
        int size = 1 + random.nextInt(6);
        List<FamilyMember> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            LocalDate born = switch (random.nextInt(5)) {
                case 0 -> DECIDED.minusYears(7).plusDays(random.nextInt(3) - 1);      // turning 7 about the decision date
                case 1 -> APPLIED.minusYears(18).plusDays(random.nextInt(3) - 1);     // turning 18
                case 2 -> APPLIED.minusYears(sex == Sex.MALE ? 63 : 61).plusDays(random.nextInt(3) - 1); // retirement
                default -> APPLIED.minusDays(1 + random.nextInt(90 * 365));
            };
            Set<CareDuty> care = EnumSet.noneOf(CareDuty.class);
            for (CareDuty d : CareDuty.values()) {
                if (random.nextInt(6) == 0) {
                    care.add(d);
                }
            }
            List<MonthlyIncome> incomes = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                if (random.nextInt(3) > 0) {
                    incomes.add(new MonthlyIncome(YearMonth.of(2026, 7 + m), MonthlyIncome.IncomeKind.WAGES,
                            new Tenge(BigDecimal.valueOf(random.nextInt(12_000_000), 2))));
                }
            }
            members.add(new FamilyMember(iin(born, sex, n * 10 + i), born,
                    i == 0 ? FamilyMember.Relation.APPLICANT : FamilyMember.Relation.values()[1 + random.nextInt(7)],
                    random.nextInt(20) == 0 ? ResidencyStatus.OTHER : ResidencyStatus.values()[random.nextInt(5)],
                    Disability.values()[random.nextInt(8) < 5 ? 0 : random.nextInt(4)], random.nextInt(10) == 0,
                    random.nextInt(8) == 0, care, EmploymentStatus.values()[random.nextInt(EmploymentStatus.values().length)],
                    incomes));
        }
        var c = new EligibilityCase(members, Families.Q4_2026, APPLIED, DECIDED);
        return new Stored("generated family " + n, c, params(), random.nextInt(10) > 0);
    }
}
