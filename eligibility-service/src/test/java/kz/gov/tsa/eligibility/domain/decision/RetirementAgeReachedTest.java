package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static kz.gov.tsa.eligibility.domain.decision.Families.family;
import static kz.gov.tsa.eligibility.domain.decision.Families.person;
import static kz.gov.tsa.kernel.Sex.FEMALE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ELIG-06 "has reached retirement age" (Pension Law art. 11 p. 1): the right arises on the day the age in force on
 * that day is reached, and a person who has reached it stays of retirement age after a later rise. The schedule is
 * the seeded one (V3, REFERENCE-DATA §5): women 58 (2015–2017), 58.5, 59, 59.5, 60, 60.5 (2018–2022), 61 from 2023;
 * men 63.
 */
class RetirementAgeReachedTest {

    /** The seeded women's and men's schedule, each year's step from 1 January to 31 December. */
    static List<RetirementAgeStep> seededSchedule() {
        List<RetirementAgeStep> steps = new ArrayList<>();
        String[] women = {"58.0", "58.0", "58.0", "58.5", "59.0", "59.5", "60.0", "60.5", "61.0", "61.0", "61.0",
                "61.0", "61.0", "61.5", "62.0", "62.5", "63.0"};
        long id = 100;
        for (int i = 0; i < women.length; i++) {
            int year = 2015 + i;
            LocalDate to = year == 2031 ? null : LocalDate.of(year, 12, 31);
            steps.add(new RetirementAgeStep(FEMALE, LocalDate.of(year, 1, 1), to, new BigDecimal(women[i]), id++));
            steps.add(new RetirementAgeStep(Sex.MALE, LocalDate.of(year, 1, 1), to, new BigDecimal("63.0"), id++));
        }
        return steps;
    }

    /** The parameters of a decision on {@code day}: the age in force that day and the schedule up to it. */
    static DecisionParameters paramsOn(LocalDate day) {
        List<RetirementAgeStep> upTo = seededSchedule().stream().filter(s -> !s.from().isAfter(day)).toList();
        BigDecimal women = upTo.stream().filter(s -> s.sex() == FEMALE && s.covers(day)).findFirst().orElseThrow().years();
        return new DecisionParameters(Tenge.of("30000.00"), new BigDecimal("63"), women, 6, List.of(), upTo);
    }

    static Decision singleWomanOn(LocalDate born, LocalDate day) {
        return family().with(person(FEMALE, born)).applied(Quarter.of(day), day, day).decide(paramsOn(day));
    }

    static Explanation.Step elig06(Decision d) {
        return d.explanation().steps().stream().filter(s -> s.ruleId().equals("ELIG-06")).findFirst().orElseThrow();
    }

    @Test
    void ELIG06_aWomanWhoReached58AndAHalfIn2018StaysOfRetirementAgeAfterThe2019RiseTo59() {
        LocalDate born = LocalDate.of(1960, 3, 15); // 58.5 on 2018-09-15, 59 only on 2019-03-15

        assertThat(singleWomanOn(born, LocalDate.of(2018, 9, 14))).isInstanceOf(Decision.Conditional.class);
        Decision onTheDay = singleWomanOn(born, LocalDate.of(2018, 9, 15));
        assertThat(onTheDay).isInstanceOf(Decision.Unconditional.class);
        assertThat(elig06(onTheDay).figures()).containsEntry("retirementAgeReachedOn", "2018-09-15")
                .containsEntry("basis", "retirement-age");
        assertThat(singleWomanOn(born, LocalDate.of(2018, 12, 31))).isInstanceOf(Decision.Unconditional.class);

        // after the rise of 1 January 2019 she is 58 years 9 months old — below 59, and still of retirement age
        Decision afterTheRise = singleWomanOn(born, LocalDate.of(2019, 1, 1));
        assertThat(afterTheRise).isInstanceOf(Decision.Unconditional.class);
        assertThat(elig06(afterTheRise).figures()).containsEntry("retirementAge", "59.0")
                .containsEntry("reachedRetirementAge", "true").containsEntry("retirementAgeReachedOn", "2018-09-15");
        assertThat(singleWomanOn(born, LocalDate.of(2019, 3, 14))).isInstanceOf(Decision.Unconditional.class);
    }

    @Test
    void ELIG06_aWomanWhoHadNotReachedTheAgeBeforeTheRiseNeedsTheNewAge() {
        LocalDate born = LocalDate.of(1960, 9, 15); // 58.5 only on 2019-03-15, when 59 is in force: 2019-09-15

        assertThat(singleWomanOn(born, LocalDate.of(2018, 12, 31))).isInstanceOf(Decision.Conditional.class);
        Decision at58AndAHalf = singleWomanOn(born, LocalDate.of(2019, 3, 15));
        assertThat(at58AndAHalf).isInstanceOf(Decision.Conditional.class);
        assertThat(elig06(at58AndAHalf).figures()).containsEntry("reachedRetirementAge", "false")
                .containsEntry("retirementAgeReachedOn", "2019-09-15");
        assertThat(singleWomanOn(born, LocalDate.of(2019, 9, 14))).isInstanceOf(Decision.Conditional.class);
        assertThat(singleWomanOn(born, LocalDate.of(2019, 9, 15))).isInstanceOf(Decision.Unconditional.class);
    }

    @Test
    void ELIG06_eachRiseFrom2018To2023KeepsThoseWhoReachedTheEarlierAge() {
        // for each rise: a woman who reached the old age in its last month stays retired the day after the rise
        String[][] rises = {{"2018", "58.0"}, {"2019", "58.5"}, {"2020", "59.0"}, {"2021", "59.5"}, {"2022", "60.0"},
                {"2023", "60.5"}};
        for (String[] rise : rises) {
            int year = Integer.parseInt(rise[0]);
            long months = new BigDecimal(rise[1]).multiply(BigDecimal.valueOf(12)).longValueExact();
            LocalDate reachedOldAge = LocalDate.of(year - 1, 12, 10);
            LocalDate born = reachedOldAge.minusMonths(months);
            assertThat(singleWomanOn(born, reachedOldAge.minusDays(1))).as("day before, %s", year)
                    .isInstanceOf(Decision.Conditional.class);
            assertThat(singleWomanOn(born, LocalDate.of(year, 1, 1))).as("after the rise of %s", year)
                    .isInstanceOf(Decision.Unconditional.class);
            // one born a month later had not reached it before the rise: able-bodied after it
            assertThat(singleWomanOn(born.plusMonths(1), LocalDate.of(year, 1, 1))).as("not reached, %s", year)
                    .isInstanceOf(Decision.Conditional.class);
        }
    }

    @Test
    void ELIG07_aWifeWhoReachedRetirementAgeBeforeTheRiseIsNotOfWorkingAgeAfterIt() {
        LocalDate day = LocalDate.of(2023, 2, 1); // 61 in force; she reached 60.5 on 2022-12-10
        Decision d = family().with(person(FEMALE, LocalDate.of(1962, 6, 10)), person(Sex.MALE, LocalDate.of(1955, 1, 1)))
                .applied(Quarter.of(day), day, day).decide(paramsOn(day));

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(d.explanation().steps().stream().filter(s -> s.ruleId().equals("ELIG-07")).findFirst().orElseThrow()
                .figures()).containsEntry("workingAgeMembers", "0");
        assertThat(((Decision.Assignment) d).shares()).noneMatch(MemberShare::ableBodied);
    }

    @Test
    void ELIG06_theScheduleKeptForAFamilyHoldsOnlyTheStepsThatCanMatterAndDecidesTheSame() {
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 400; n++) {
            LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 12));
            LocalDate born = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 50));
            Sex sex = random.nextBoolean() ? FEMALE : Sex.MALE;
            var c = family().with(person(sex, born)).applied(Quarter.of(day), day, day).build();
            DecisionParameters full = paramsOn(day);
            DecisionParameters kept = full.forFamily(c.members());
            assertThat(EligibilityPolicy.decide(c, kept)).as("%s born %s on %s", sex, born, day)
                    .isEqualTo(EligibilityPolicy.decide(c, full));
            assertThat(kept.retirementSchedule(sex == FEMALE ? Sex.MALE : FEMALE)).isEmpty();
        }
        // a woman born in 1990, on 2026-11-03: she reaches no step's age before it ends — only the first step remains
        LocalDate day = LocalDate.of(2026, 11, 3);
        var young = family().with(person(FEMALE, LocalDate.of(1990, 1, 1))).applied(Quarter.of(day), day, day).build();
        assertThat(paramsOn(day).forFamily(young.members()).retirementSchedule(FEMALE))
                .extracting(RetirementAgeStep::from).containsExactly(LocalDate.of(2015, 1, 1));
    }

    @Test
    void ELIG06_withoutASchedule_anOlderSnapshotJudgesByTheAgeInForceOnly() {
        LocalDate day = LocalDate.of(2019, 1, 1);
        DecisionParameters old = new DecisionParameters(Tenge.of("30000.00"), new BigDecimal("63"),
                new BigDecimal("59"), 6, List.of());
        Decision d = family().with(person(FEMALE, LocalDate.of(1960, 3, 15))).applied(Quarter.of(day), day, day)
                .decide(old);
        assertThat(d).isInstanceOf(Decision.Conditional.class);
    }
}
