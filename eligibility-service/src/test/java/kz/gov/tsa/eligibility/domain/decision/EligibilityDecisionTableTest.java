package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static kz.gov.tsa.eligibility.domain.CareDuty.CHILD_UNDER_7;
import static kz.gov.tsa.eligibility.domain.CareDuty.DISABLED_CHILD;
import static kz.gov.tsa.eligibility.domain.CareDuty.DISABLED_PERSON_GROUP_1_2;
import static kz.gov.tsa.eligibility.domain.CareDuty.ELDERLY_NEEDING_CARE;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_1;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_2;
import static kz.gov.tsa.eligibility.domain.Disability.GROUP_3;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.FOREIGNER_PERMANENT_RESIDENT;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.KANDAS;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.OTHER;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.REFUGEE;
import static kz.gov.tsa.eligibility.domain.ResidencyStatus.STATELESS_PERMANENT_RESIDENT;
import static kz.gov.tsa.kernel.Sex.FEMALE;
import static kz.gov.tsa.kernel.Sex.MALE;
import static kz.gov.tsa.eligibility.domain.decision.Families.APPLIED;
import static kz.gov.tsa.eligibility.domain.decision.Families.child;
import static kz.gov.tsa.eligibility.domain.decision.Families.family;
import static kz.gov.tsa.eligibility.domain.decision.Families.man;
import static kz.gov.tsa.eligibility.domain.decision.Families.person;
import static kz.gov.tsa.eligibility.domain.decision.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision table: one row per situation, each named after the rule it exercises and asserting
 * the kind (or the refusing rule), the monthly amount, the period and the rule IDs of the
 * explanation. PL 35 596.00 ₸, retirement ages 63 / 61, application 2026-10-15 (2026-Q4, income
 * period 2026-Q3), decision 2026-11-03, contract term 6 months.
 */
class EligibilityDecisionTableTest {

    private static final String UNCONDITIONAL = "UNCONDITIONAL";
    private static final String CONDITIONAL = "CONDITIONAL";
    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth APR_2027 = YearMonth.of(2027, 4);

    /** One row: the case, and the expected kind or refusing rule ID, monthly amount and period. */
    record Row(String name, Families.CaseBuilder family, String expected, String amount, YearMonth from,
               YearMonth to) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row unc(String name, Families.CaseBuilder f, String amount) {
        return new Row(name, f, UNCONDITIONAL, amount, OCT, DEC);
    }

    static Row con(String name, Families.CaseBuilder f, String amount) {
        return new Row(name, f, CONDITIONAL, amount, NOV, APR_2027);
    }

    static Row ref(String name, Families.CaseBuilder f, String ruleId) {
        return new Row(name, f, ruleId, null, null, null);
    }

    static Stream<Row> rows() {
        return Stream.of(
                // ELIG-02 who may apply
                ref("ELIG-02 applicant of other status → refused",
                        family().with(man(35).status(OTHER)), "ELIG-02"),
                ref("ELIG-02 applicant of other status with income above the PL → refused by ELIG-02 first",
                        family().with(man(35).status(OTHER)).quarterIncome("600000"), "ELIG-02"),
                unc("ELIG-02 kandas single pensioner 70, no income → unconditional",
                        family().with(man(70).status(KANDAS)), "35596.00"),
                unc("ELIG-02 refugee mother caring for child under 7 + child 3 → unconditional",
                        family().with(woman(30).status(REFUGEE).caring(CHILD_UNDER_7), child(3)).quarterIncome("90000"),
                        "41192.00"),
                con("ELIG-02 foreign permanent resident, single able-bodied man 35 → conditional",
                        family().with(man(35).status(FOREIGNER_PERMANENT_RESIDENT)).quarterIncome("60000"), "15596.00"),
                unc("ELIG-02 stateless permanent resident, single woman 65 → unconditional",
                        family().with(woman(65).status(STATELESS_PERMANENT_RESIDENT)), "35596.00"),
                con("ELIG-02 citizen applicant with a spouse of other status is not refused",
                        family().with(man(40), woman(38).status(OTHER)).quarterIncome("120000"), "31192.00"),

                // ELIG-03 per-capita income against the PL
                ref("ELIG-03 single man 40, per-capita 35596.01 → refused",
                        family().with(man(40)).quarterIncome("106788.03"), "ELIG-03"),
                ref("ELIG-03 family of 4, per-capita 50000.00 → refused",
                        family().with(man(40), woman(38), child(10), child(8)).quarterIncome("600000"), "ELIG-03"),
                ref("ELIG-03 family of 5, per-capita 35596.01 → refused",
                        family().with(man(40), woman(38), child(10), child(8), child(5)).quarterIncome("533940.15"),
                        "ELIG-03"),
                ref("ELIG-03 HALF_UP: 213576.03 / 3 / 2 = 35596.005 → 35596.01 → refused",
                        family().with(man(40), woman(38)).quarterIncome("213576.03"), "ELIG-03"),
                ref("ELIG-03 213576.02 / 3 / 2 = 35596.0033 → 35596.00, at the PL → refused by ELIG-04",
                        family().with(man(40), woman(38)).quarterIncome("213576.02"), "ELIG-04"),
                con("ELIG-03 income of every member counts: 2 × 60000 over a couple → 31192.00",
                        family().with(man(40).earns(2, "30000").earns(3, "30000"), woman(38).earns(1, "60000")),
                        "31192.00"),

                // ELIG-04 amount
                ref("ELIG-04 single, income exactly at the PL → no amount",
                        family().with(man(40)).quarterIncome("106788.00"), "ELIG-04"),
                con("ELIG-04 single one tiyn below the PL → 0.01",
                        family().with(man(40)).quarterIncome("106787.97"), "0.01"),
                con("ELIG-04 family of 3 one tiyn below the PL → 0.01 per member = 0.03",
                        family().with(man(40), woman(38), child(10)).quarterIncome("320363.91"), "0.03"),
                con("ELIG-04 family of 7, total 100000.00 → per-capita 4761.90, 7 × 30834.10",
                        family().with(man(40), woman(38).caring(CHILD_UNDER_7), child(16), child(12), child(9),
                                child(6), child(2)).quarterIncome("100000.00"), "215838.70"),
                con("ELIG-04 family of 3, total 150000 → per-capita 16666.67, 3 × 18929.33 = 56787.99",
                        family().with(man(40), woman(38), child(10)).quarterIncome("150000"), "56787.99"),
                con("ELIG-04 family of 6 with no income → 6 × PL",
                        family().with(man(40), woman(38), child(15), child(12), child(10), child(8)), "213576.00"),

                // ELIG-06 one person
                unc("ELIG-06 single man reaching 63 on the application date → unconditional",
                        family().with(person(MALE, APPLIED.minusYears(63))), "35596.00"),
                con("ELIG-06 single man one day before 63 → conditional",
                        family().with(person(MALE, APPLIED.minusYears(63).plusDays(1))), "35596.00"),
                unc("ELIG-06 single woman reaching 61 on the application date → unconditional",
                        family().with(person(FEMALE, APPLIED.minusYears(61))), "35596.00"),
                con("ELIG-06 single woman 60 years 11 months → conditional",
                        family().with(person(FEMALE, APPLIED.minusYears(61).plusMonths(1))), "35596.00"),
                unc("ELIG-06 single disabled group 1, 40 → unconditional",
                        family().with(man(40).disabled(GROUP_1)).quarterIncome("45000"), "20596.00"),
                unc("ELIG-06 single disabled group 2, 50 → unconditional",
                        family().with(woman(50).disabled(GROUP_2)).quarterIncome("45000"), "20596.00"),
                con("ELIG-06 single disabled group 3 → conditional",
                        family().with(man(45).disabled(GROUP_3)).quarterIncome("45000"), "20596.00"),
                unc("ELIG-06 single with an illness of more than two months → unconditional",
                        family().with(man(45).longIll()).quarterIncome("45000"), "20596.00"),
                con("ELIG-06 single full-time student 20 → conditional (study does not exempt)",
                        family().with(woman(20).student()).quarterIncome("45000"), "20596.00"),
                unc("ELIG-06 single 17-year-old is not able-bodied → unconditional",
                        family().with(man(17)), "35596.00"),

                // ELIG-07 families
                unc("ELIG-07 mother caring for child under 7 + pensioner grandmother 70 + child 4 → unconditional",
                        family().with(woman(32).caring(CHILD_UNDER_7), woman(70), child(4)).quarterIncome("72000"),
                        "82788.00"),
                unc("ELIG-07 two pensioners 65 and 68 → no working-age member, unconditional",
                        family().with(man(68), woman(65)).quarterIncome("30000"), "61192.00"),
                unc("ELIG-07 grandmother 62 with grandchildren 10 and 12 → unconditional",
                        family().with(woman(62), child(10), child(12)).quarterIncome("72000"), "82788.00"),
                unc("ELIG-07 disabled group 2 father + wife caring for him + children 8, 10 → unconditional",
                        family().with(man(45).disabled(GROUP_2), woman(40).caring(DISABLED_PERSON_GROUP_1_2), child(8),
                                child(10)).quarterIncome("240000"), "62384.00"),
                unc("ELIG-07 long-ill father + mother caring for disabled child + child 9 → unconditional",
                        family().with(man(45).longIll(), woman(40).caring(DISABLED_CHILD), child(9).disabled(GROUP_2))
                                .quarterIncome("72000"), "82788.00"),
                unc("ELIG-07 daughter caring for father 85 needing care → unconditional",
                        family().with(woman(50).caring(ELDERLY_NEEDING_CARE), man(85)).quarterIncome("30000"),
                        "61192.00"),
                unc("ELIG-07 two adults disabled group 1 → unconditional",
                        family().with(man(30).disabled(GROUP_1), man(28).disabled(GROUP_1)).quarterIncome("30000"),
                        "61192.00"),
                unc("ELIG-07 pensioner 63 today + wife 60 caring for him as elderly → unconditional",
                        family().with(person(MALE, APPLIED.minusYears(63)), woman(60).caring(ELDERLY_NEEDING_CARE)),
                        "71192.00"),
                unc("ELIG-07 17-year-old + pensioner grandmother → no working-age member, unconditional",
                        family().with(woman(66), man(17)).quarterIncome("30000"), "61192.00"),
                con("ELIG-07 able-bodied father + mother caring for child under 7 + child 2 → conditional",
                        family().with(man(35), woman(30).caring(CHILD_UNDER_7), child(2)).quarterIncome("72000"),
                        "82788.00"),
                con("ELIG-07 full-time student 20 + pensioner mother 65 → conditional (study does not exempt)",
                        family().with(woman(65), man(20).student()).quarterIncome("30000"), "61192.00"),
                con("ELIG-07 son 30 disabled group 3 + pensioner mother → conditional",
                        family().with(woman(66), man(30).disabled(GROUP_3)).quarterIncome("30000"), "61192.00"),
                con("ELIG-07 employed father on a low wage + mother caring for child under 7 + child → conditional",
                        family().with(man(35).employed().earns(1, "24000").earns(2, "24000").earns(3, "24000"),
                                woman(30).caring(CHILD_UNDER_7), child(1)), "82788.00"),
                con("ELIG-07 man one day before 63 + wife 61 pensioner → conditional",
                        family().with(person(MALE, APPLIED.minusYears(63).plusDays(1)),
                                person(FEMALE, APPLIED.minusYears(61))), "71192.00"),
                con("ELIG-07 brothers 25 and 30, both able-bodied → conditional",
                        family().with(man(30), man(25)).quarterIncome("120000"), "31192.00"),
                con("ELIG-07 mother caring for child under 7 + able-bodied daughter 19 + child 3 → conditional",
                        family().with(woman(40).caring(CHILD_UNDER_7), woman(19), child(3)).quarterIncome("72000"),
                        "82788.00"),

                // ELIG-12 / ELIG-13 periods
                new Row("ELIG-12 unconditional applied in 2027-Q1 → January..March 2027",
                        family().with(woman(70)).applied(new Quarter(2027, 1), LocalDate.of(2027, 2, 10),
                                LocalDate.of(2027, 2, 20)), UNCONDITIONAL, "35596.00", YearMonth.of(2027, 1),
                        YearMonth.of(2027, 3)),
                new Row("ELIG-12 unconditional decided in the next quarter still covers the quarter of application",
                        family().with(woman(70)).decided(LocalDate.of(2027, 1, 5)), UNCONDITIONAL, "35596.00", OCT, DEC),
                new Row("ELIG-13 conditional decided 2026-12-28 → December 2026..May 2027",
                        family().with(man(40)).decided(LocalDate.of(2026, 12, 28)), CONDITIONAL, "35596.00",
                        YearMonth.of(2026, 12), YearMonth.of(2027, 5)),
                new Row("ELIG-13 conditional applied in 2027-Q1, decided 2027-01-20 → January..June 2027",
                        family().with(man(40), woman(35)).applied(new Quarter(2027, 1), LocalDate.of(2027, 1, 12),
                                LocalDate.of(2027, 1, 20)), CONDITIONAL, "71192.00", YearMonth.of(2027, 1),
                        YearMonth.of(2027, 6)));
    }

    @Test
    void ELIG15_theTableHasAtLeastFortyRows() {
        assertThat(rows().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(Row row) {
        EligibilityCase c = row.family().build();
        Decision d = EligibilityPolicy.decide(c, Families.params());
        boolean single = c.members().size() == 1;
        String kindRule = single ? "ELIG-06" : "ELIG-07";
        switch (row.expected()) {
            case UNCONDITIONAL -> {
                assertThat(d).as(row.name()).isInstanceOf(Decision.Unconditional.class);
                assertAssignment((Decision.Assignment) d, row);
                assertThat(d.explanation().ruleIds()).as(row.name())
                        .containsExactly("ELIG-02", "ELIG-03", "ELIG-04", kindRule, "ELIG-12", "ELIG-15");
            }
            case CONDITIONAL -> {
                assertThat(d).as(row.name()).isInstanceOf(Decision.Conditional.class);
                assertAssignment((Decision.Assignment) d, row);
                assertThat(d.explanation().ruleIds()).as(row.name()).containsExactly("ELIG-02", "ELIG-03",
                        "ELIG-04", kindRule, "ELIG-08", "ELIG-09", "ELIG-13", "ELIG-15");
            }
            default -> {
                assertThat(d).as(row.name()).isInstanceOfSatisfying(Decision.Refused.class,
                        r -> assertThat(r.ruleId()).as(row.name()).isEqualTo(row.expected()));
                List<String> upTo = List.of("ELIG-02", "ELIG-03", "ELIG-04");
                List<String> expected = Stream.concat(upTo.stream().limit(upTo.indexOf(row.expected()) + 1L),
                        Stream.of("ELIG-15")).toList();
                assertThat(d.explanation().ruleIds()).as(row.name()).isEqualTo(expected);
            }
        }
    }

    private static void assertAssignment(Decision.Assignment a, Row row) {
        assertThat(a.monthlyAmount()).as(row.name()).isEqualTo(Tenge.of(row.amount()));
        assertThat(a.period()).as(row.name()).isEqualTo(new AssignmentPeriod(row.from(), row.to()));
        assertThat(a.shares().stream().map(MemberShare::monthlyAmount).reduce(Tenge.ZERO, Tenge::plus))
                .isEqualTo(a.monthlyAmount());
    }
}
