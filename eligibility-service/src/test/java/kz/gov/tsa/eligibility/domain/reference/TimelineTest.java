package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A change never rewrites history: it closes, supersedes or carries on as a remainder (issue: replayable decisions). */
class TimelineTest {

    private static final Timeline.Span MCI_2025 = span(1, "2025-01-01", "2025-12-31");
    private static final Timeline.Span MCI_2026 = span(2, "2026-01-01", "2026-12-31");
    private static final Timeline.Span AGE_FROM_2031 = span(3, "2031-01-01", null);

    @Test
    void aMidYearValueClosesTheVersionInForceAndKeepsItsEnd() {
        Timeline.Plan plan = Timeline.add(List.of(MCI_2025, MCI_2026), d("2026-04-01"), null);

        assertThat(plan.validity()).isEqualTo(new Validity(d("2026-04-01"), d("2026-12-31")));
        assertThat(plan.closures()).containsExactly(new Timeline.Closure(2, d("2026-12-31"), d("2026-03-31")));
        assertThat(plan.superseded()).isEmpty();
        assertThat(plan.remainders()).isEmpty();
    }

    @Test
    void aNewValueOfAnOpenTimelineClosesItAndStaysOpen() {
        Timeline.Plan plan = Timeline.add(List.of(AGE_FROM_2031), d("2035-01-01"), null);

        assertThat(plan.validity()).isEqualTo(Validity.from(d("2035-01-01")));
        assertThat(plan.closures()).containsExactly(new Timeline.Closure(3, null, d("2034-12-31")));
    }

    @Test
    void aCorrectionOfTheSamePeriodSupersedesTheOldVersionWithoutDeletingIt() {
        Validity quarter = Validity.of(Quarter.parse("2024-Q1"));
        Timeline.Span published = new Timeline.Span(7, quarter);

        Timeline.Plan plan = Timeline.add(List.of(published), quarter.from(), quarter.to());

        assertThat(plan.validity()).isEqualTo(quarter);
        assertThat(plan.superseded()).containsExactly(7L);
        assertThat(plan.closures()).isEmpty();
        assertThat(plan.remainders()).isEmpty();
    }

    @Test
    void aBoundedValueInsideALongerVersionLeavesTheRestAsARemainder() {
        Timeline.Plan plan = Timeline.add(List.of(MCI_2026), d("2026-04-01"), d("2026-06-30"));

        assertThat(plan.closures()).containsExactly(new Timeline.Closure(2, d("2026-12-31"), d("2026-03-31")));
        assertThat(plan.remainders()).containsExactly(
                new Timeline.Remainder(2, new Validity(d("2026-07-01"), d("2026-12-31"))));
    }

    @Test
    void aValueBeforeTheFirstVersionEndsTheDayBeforeIt() {
        Timeline.Plan plan = Timeline.add(List.of(MCI_2025, MCI_2026), d("2017-01-01"), null);

        assertThat(plan.validity()).isEqualTo(new Validity(d("2017-01-01"), d("2024-12-31")));
        assertThat(plan.closures()).isEmpty();
        assertThat(plan.superseded()).isEmpty();
    }

    @Test
    void aLongValueSupersedesEveryVersionItCoversAndKeepsTheTail() {
        Timeline.Plan plan = Timeline.add(List.of(MCI_2025, MCI_2026), d("2025-01-01"), d("2026-06-30"));

        assertThat(plan.superseded()).containsExactly(1L, 2L);
        assertThat(plan.remainders()).containsExactly(
                new Timeline.Remainder(2, new Validity(d("2026-07-01"), d("2026-12-31"))));
    }

    @Test
    void aWithdrawalEndsTheTimelineWithoutANewVersion() {
        Timeline.Plan plan = Timeline.withdraw(List.of(MCI_2025, MCI_2026), d("2025-07-01"));

        assertThat(plan.validity()).isNull();
        assertThat(plan.closures()).containsExactly(new Timeline.Closure(1, d("2025-12-31"), d("2025-06-30")));
        assertThat(plan.superseded()).containsExactly(2L);
        assertThat(plan.remainders()).isEmpty();
    }

    @Test
    void withdrawingOneQuarterKeepsTheOthers() {
        Timeline.Span q1 = new Timeline.Span(10, Validity.of(Quarter.parse("2025-Q1")));
        Timeline.Span q2 = new Timeline.Span(11, Validity.of(Quarter.parse("2025-Q2")));

        Timeline.Plan plan = Timeline.withdraw(List.of(q1, q2), Validity.of(Quarter.parse("2025-Q2")));

        assertThat(plan.superseded()).containsExactly(11L);
        assertThat(plan.closures()).isEmpty();
    }

    @Test
    void versionsInForceIgnoreSupersededOnes() {
        Version<ContractTerm> old = new Version<>(1, new ContractTerm(6), Validity.from(d("2018-01-01")), "s", "a",
                null, "r", java.time.Instant.EPOCH);
        Version<ContractTerm> current = new Version<>(2, new ContractTerm(6), Validity.from(d("2018-01-01")), "s", "a",
                null, "r", null);
        assertThat(Version.inForce(List.of(old, current), d("2026-01-01"))).contains(current);
        assertThat(Version.inForce(List.of(old), d("2026-01-01"))).isEmpty();
        assertThat(Version.inForce(List.of(current), d("2017-12-31"))).isEmpty();
    }

    private static Timeline.Span span(long id, String from, String to) {
        return new Timeline.Span(id, new Validity(d(from), to == null ? null : d(to)));
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }
}
