package kz.gov.tsa.kernel.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * EMP-10 as every working-day calendar of the suite must answer it, whatever holds the data: run against the
 * in-memory fixture here ({@link WorkingCalendarTest}) and against the calendar tsa-calendar seeds into and
 * loads from PostgreSQL. The facts are those of REFERENCE-DATA §4.
 */
public abstract class WorkingCalendarContract {

    /**
     * The calendar under test; it must hold 2023 (incomplete), 2024–2026 (complete), 2027 known through 2027-05-14
     * (D-80), and nothing of 2031.
     */
    protected abstract WorkingCalendar calendar();

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void EMP10_threeWorkingDaysAfterAFridayEndOnWednesday() {
        assertThat(d("2026-02-06").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(calendar().addWorkingDays(d("2026-02-06"), 3)).isEqualTo(d("2026-02-11"));
    }

    @Test
    void EMP10_theStartingDayNeverCountsAndZeroDaysIsTheStartingDay() {
        assertThat(calendar().addWorkingDays(d("2026-02-09"), 1)).as("Monday + 1").isEqualTo(d("2026-02-10"));
        assertThat(calendar().addWorkingDays(d("2026-02-07"), 1)).as("Saturday + 1").isEqualTo(d("2026-02-09"));
        assertThat(calendar().addWorkingDays(d("2026-02-07"), 0)).isEqualTo(d("2026-02-07"));
        assertThat(calendar().addWorkingDays(d("2026-02-09"), 0)).isEqualTo(d("2026-02-09"));
    }

    @Test
    void EMP10_aDeadlineAcrossAWeekendSkipsSaturdayAndSunday() {
        WorkingDaysAdded added = calendar().addWorkingDaysExplained(d("2026-02-12"), 3);
        assertThat(added.result()).isEqualTo(d("2026-02-17"));
        assertThat(added.skipped()).containsExactly(new DayOffReason.Weekend(d("2026-02-14")),
                new DayOffReason.Weekend(d("2026-02-15")));
    }

    @Test
    void EMP10_nauryz2026OnTheWeekendIsMovedTo24And25March() {
        WorkingCalendar c = calendar();
        for (String day : List.of("2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-03-25")) {
            assertThat(c.isWorkingDay(d(day))).as(day).isFalse();
        }
        assertThat(c.isWorkingDay(d("2026-03-26"))).isTrue();
        assertThat(listed(c, "2026-03-21").kind()).isEqualTo(EntryKind.HOLIDAY);
        assertThat(listed(c, "2026-03-21").name().kk()).isEqualTo("Наурыз мейрамы");
        assertThat(listed(c, "2026-03-23").kind()).isEqualTo(EntryKind.HOLIDAY);
        assertThat(listed(c, "2026-03-24").kind()).isEqualTo(EntryKind.MOVED_DAY_OFF);
        assertThat(listed(c, "2026-03-24").counterpart()).contains(d("2026-03-21"));
        assertThat(listed(c, "2026-03-25").counterpart()).contains(d("2026-03-22"));
    }

    @Test
    void EMP10_threeWorkingDaysAfterFriday20March2026EndOnMonday30March() {
        WorkingDaysAdded added = calendar().addWorkingDaysExplained(d("2026-03-20"), 3);
        assertThat(added.result()).isEqualTo(d("2026-03-30"));
        assertThat(added.skipped()).extracting(DayOffReason::date).containsExactly(d("2026-03-21"), d("2026-03-22"),
                d("2026-03-23"), d("2026-03-24"), d("2026-03-25"), d("2026-03-28"), d("2026-03-29"));
        assertThat(added.skipped().get(0)).isInstanceOf(DayOffReason.Listed.class);
        assertThat(added.skipped().get(5)).isInstanceOf(DayOffReason.Weekend.class);
    }

    @Test
    void EMP10_theTransferOf2024MakesSaturday4MayAWorkingDayAndWednesday8MayADayOff() {
        WorkingCalendar c = calendar();
        assertThat(c.isWorkingDay(d("2024-05-04"))).isTrue();
        assertThat(c.entryOn(d("2024-05-04"))).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.TRANSFERRED_WORKING_DAY);
            assertThat(e.counterpart()).contains(d("2024-05-08"));
        });
        assertThat(listed(c, "2024-05-08").kind()).isEqualTo(EntryKind.TRANSFERRED_DAY_OFF);
        assertThat(listed(c, "2024-05-08").counterpart()).contains(d("2024-05-04"));
        assertThat(c.addWorkingDays(d("2024-05-02"), 3)).as("Fri 3, Sat 4, Mon 6").isEqualTo(d("2024-05-06"));
        assertThat(c.addWorkingDays(d("2024-05-03"), 3)).as("Sat 4, Mon 6, (7, 8, 9 off) Fri 10")
                .isEqualTo(d("2024-05-10"));
    }

    @Test
    void EMP10_seventhOfJanuaryOnASundayGetsNoReplacementDay() {
        WorkingCalendar c = calendar();
        assertThat(d("2024-01-07").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(listed(c, "2024-01-07").kind()).isEqualTo(EntryKind.RELIGIOUS_DAY_OFF);
        assertThat(c.isWorkingDay(d("2024-01-08"))).isTrue();
        assertThat(c.addWorkingDays(d("2024-01-05"), 1)).isEqualTo(d("2024-01-08"));
    }

    @Test
    void EMP10_kurbanAit2024OnASundayGetsNoReplacementDay() {
        WorkingCalendar c = calendar();
        assertThat(listed(c, "2024-06-16").kind()).isEqualTo(EntryKind.RELIGIOUS_DAY_OFF);
        assertThat(c.isWorkingDay(d("2024-06-17"))).isTrue();
        assertThat(c.addWorkingDays(d("2024-06-14"), 1)).isEqualTo(d("2024-06-17"));
    }

    @Test
    void EMP10_theTransferOf2025MakesSunday5JanuaryAWorkingDayAndFriday3JanuaryADayOff() {
        WorkingCalendar c = calendar();
        assertThat(listed(c, "2025-01-03").kind()).isEqualTo(EntryKind.TRANSFERRED_DAY_OFF);
        assertThat(c.isWorkingDay(d("2025-01-05"))).isTrue();
        assertThat(c.entryOn(d("2025-01-05")).map(CalendarEntry::kind)).contains(EntryKind.TRANSFERRED_WORKING_DAY);
        WorkingDaysAdded added = c.addWorkingDaysExplained(d("2024-12-31"), 1);
        assertThat(added.result()).as("1, 2 Jan holidays, 3 Jan transferred, Sat 4").isEqualTo(d("2025-01-05"));
        assertThat(added.skipped()).extracting(DayOffReason::date)
                .containsExactly(d("2025-01-01"), d("2025-01-02"), d("2025-01-03"), d("2025-01-04"));
        assertThat(c.addWorkingDays(d("2024-12-31"), 2)).isEqualTo(d("2025-01-06"));
    }

    @Test
    void EMP10_aWeekendHolidayGivesTheDayOffOnTheNextWorkingDay() {
        WorkingCalendar c = calendar();
        assertThat(listed(c, "2026-03-09").counterpart()).as("8 March 2026, Sunday").contains(d("2026-03-08"));
        assertThat(listed(c, "2026-05-11").counterpart()).as("9 May 2026, Saturday").contains(d("2026-05-09"));
        assertThat(listed(c, "2025-10-27").counterpart()).as("25 Oct 2025, Saturday").contains(d("2025-10-25"));
        assertThat(listed(c, "2024-07-08").counterpart()).as("6 Jul 2024, Saturday").contains(d("2024-07-06"));
        assertThat(c.isWorkingDay(d("2024-06-17"))).isTrue();
    }

    @Test
    void EMP10_theStoredWeekendMovesAreExactlyThoseOfLawArticle5() {
        WorkingCalendar c = calendar();
        for (int year : c.years()) {
            CalendarYear y = c.year(year).orElseThrow();
            assertThat(WeekendRule.movesRecordedIn(y)).as("moves of " + year).isEqualTo(WeekendRule.movesRequiredBy(y));
        }
        assertThat(WeekendRule.movesRequiredBy(c.year(2026).orElseThrow()))
                .containsEntry(d("2026-03-21"), d("2026-03-24")).containsEntry(d("2026-03-22"), d("2026-03-25"))
                .doesNotContainKey(d("2026-01-07"));
    }

    @Test
    void EMP10_theYearsHaveTheirOfficialCountsOfWorkingDays() {
        assertThat(calendar().workingDaysIn(2026)).as("246 working days, 119 days off").isEqualTo(246);
        assertThat(calendar().workingDaysIn(2024)).as("117 days off of 366").isEqualTo(366 - 117);
        assertThat(calendar().workingDaysIn(2025)).isEqualTo(246);
    }

    @Test
    void EMP10_workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        WorkingCalendar c = calendar();
        assertThat(c.workingDaysBetween(d("2026-03-20"), d("2026-03-30"))).isEqualTo(3);
        assertThat(c.workingDaysBetween(d("2026-03-30"), d("2026-03-20"))).isEqualTo(-3);
        assertThat(c.workingDaysBetween(d("2026-03-20"), d("2026-03-20"))).isZero();
        assertThat(c.workingDaysBetween(d("2026-03-20"), d("2026-03-26"))).isEqualTo(1);
        for (LocalDate from = d("2024-12-20"); from.isBefore(d("2025-01-15")); from = from.plusDays(1)) {
            for (int n = 0; n <= 10; n++) {
                assertThat(c.workingDaysBetween(from, c.addWorkingDays(from, n))).as(from + " + " + n).isEqualTo(n);
            }
        }
    }

    @Test
    void EMP10_aYearWithoutDataIsRefusedNamingTheYear() {
        WorkingCalendar c = calendar();
        assertThatThrownBy(() -> c.isWorkingDay(d("2031-01-06")))
                .isInstanceOfSatisfying(CalendarNotAvailableException.class, e -> {
                    assertThat(e.year()).isEqualTo(2031);
                    assertThat(e.reason()).isEqualTo(CalendarNotAvailableException.Reason.NO_DATA);
                })
                .hasMessage("no working-day calendar for 2031");
        assertThatThrownBy(() -> c.addWorkingDays(d("2031-01-02"), 3))
                .isInstanceOf(CalendarNotAvailableException.class).hasMessage("no working-day calendar for 2031");
        assertThat(c.covers(d("2031-01-06"))).isFalse();
    }

    @Test
    void EMP10_D80_aYearKnownThroughADateAnswersUpToThatDateOnly() {
        WorkingCalendar c = calendar();
        // Thu 31 Dec 2026 counts; Fri 1 and Sat 2 Jan New Year, Sun 3 Jan, Mon 4 Jan the day off moved from 2 Jan
        assertThat(c.addWorkingDays(d("2026-12-30"), 3)).isEqualTo(d("2027-01-06"));
        assertThat(c.dayOffReason(d("2027-01-04")).map(r -> ((DayOffReason.Listed) r).entry().kind()))
                .contains(EntryKind.MOVED_DAY_OFF);
        assertThat(c.addWorkingDays(d("2027-03-19"), 1)).as("Nauryz 21-23 March 2027, 21 (Sunday) moved to 24")
                .isEqualTo(d("2027-03-25"));
        assertThat(c.covers(d("2027-05-14"))).isTrue();
        assertThat(c.isWorkingDay(d("2027-05-14"))).isTrue();
        assertThat(c.covers(d("2027-05-15"))).isFalse();
        assertThat(c.completeYears()).doesNotContain(2027);
        assertThatThrownBy(() -> c.addWorkingDays(d("2027-05-13"), 2)).as("Fri 14 May counts, then beyond")
                .isInstanceOfSatisfying(CalendarNotAvailableException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.reason()).isEqualTo(CalendarNotAvailableException.Reason.INCOMPLETE);
                })
                .hasMessageStartingWith("the working-day calendar for 2027 is incomplete: known through 2027-05-14; ");
        assertThat(WeekendRule.isFollowedBy(c.year(2027).orElseThrow())).isTrue();
    }

    @Test
    void EMP10_anIncompleteYearIsRefusedToo() {
        WorkingCalendar c = calendar();
        assertThat(c.years()).contains(2023);
        assertThat(c.completeYears()).doesNotContain(2023).contains(2024, 2025, 2026);
        assertThatThrownBy(() -> c.dayOffReason(d("2023-06-01")))
                .isInstanceOfSatisfying(CalendarNotAvailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(CalendarNotAvailableException.Reason.INCOMPLETE))
                .hasMessageStartingWith("the working-day calendar for 2023 is incomplete");
        assertThat(c.year(2023)).isPresent();
        assertThat(c.addWorkingDays(d("2023-12-31"), 1)).as("only the days counted must be covered")
                .isEqualTo(d("2024-01-03"));
    }

    @Test
    void EMP10_anOrdinarySaturdayIsADayOffBecauseOfTheWeekendAndATuesdayIsAWorkingDay() {
        WorkingCalendar c = calendar();
        assertThat(c.dayOffReason(d("2026-02-14"))).contains(new DayOffReason.Weekend(d("2026-02-14")));
        assertThat(c.dayOffReason(d("2026-02-17"))).isEmpty();
        assertThat(c.entryOn(d("2026-02-17"))).isEmpty();
    }

    @Test
    void EMP10_aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar().addWorkingDays(d("2026-02-06"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static CalendarEntry listed(WorkingCalendar c, String date) {
        DayOffReason reason = c.dayOffReason(d(date)).orElseThrow(() -> new AssertionError(date + " is a working day"));
        assertThat(reason).isInstanceOf(DayOffReason.Listed.class);
        return ((DayOffReason.Listed) reason).entry();
    }
}
