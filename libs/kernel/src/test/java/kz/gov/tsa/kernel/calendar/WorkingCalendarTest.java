package kz.gov.tsa.kernel.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The EMP-10 contract over the in-memory fixture, and the checks the calendar's building blocks make. */
class WorkingCalendarTest extends WorkingCalendarContract {

    private static final WorkingCalendar CALENDAR = KazakhstanCalendars.calendar();
    private static final LocalizedName NAME = new LocalizedName("атауы", "название", "name");
    private static final LegalSource SOURCE = LegalSource.of("test", "https://example.org/decree");

    @Override
    protected WorkingCalendar calendar() {
        return CALENDAR;
    }

    @Test
    void EMP10_aYearGivenTwiceIsRefused() {
        assertThatThrownBy(() -> WorkingCalendar.of(KazakhstanCalendars.year2026(), KazakhstanCalendars.year2026()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026");
        assertThat(WorkingCalendar.of(KazakhstanCalendars.year2026()))
                .isEqualTo(WorkingCalendar.of(KazakhstanCalendars.year2026()));
    }

    @Test
    void EMP10_D80_aKnownThroughDateBelongsToAnIncompleteYearAndLiesInIt() {
        assertThatThrownBy(() -> new CalendarYear(2031, true, SOURCE, "", List.of(),
                java.util.Optional.of(LocalDate.of(2031, 5, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("complete");
        assertThatThrownBy(() -> new CalendarYear(2031, false, SOURCE, "", List.of(),
                java.util.Optional.of(LocalDate.of(2030, 12, 31))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        CalendarYear early = new CalendarYear(2031, false, SOURCE, "", List.of(),
                java.util.Optional.of(LocalDate.of(2031, 1, 10)));
        assertThat(early.covers(LocalDate.of(2031, 1, 10))).isTrue();
        assertThat(early.covers(LocalDate.of(2031, 1, 11))).isFalse();
        assertThat(new CalendarYear(2031, false, SOURCE, "", List.of()).covers(LocalDate.of(2031, 1, 1))).isFalse();
    }

    @Test
    void EMP10_aNewYearIsAddedAsDataOnly() {
        CalendarYear year2031 = new CalendarYear(2031, true, SOURCE, "", List.of(
                CalendarEntry.of(LocalDate.of(2031, 1, 1), EntryKind.HOLIDAY, NAME, SOURCE)));
        WorkingCalendar c = WorkingCalendar.of(KazakhstanCalendars.year2026(), year2031);
        assertThat(c.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2031, 1, 2))).isTrue();
    }

    @Test
    void EMP10_movesAndTransfersMustFallOnTheRightDaysOfTheWeek() {
        LocalDate saturday = LocalDate.of(2024, 5, 4);
        LocalDate wednesday = LocalDate.of(2024, 5, 8);
        assertThatThrownBy(() -> CalendarEntry.paired(saturday, EntryKind.MOVED_DAY_OFF, NAME, SOURCE, wednesday))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Monday to Friday");
        assertThatThrownBy(() -> CalendarEntry.paired(saturday, EntryKind.TRANSFERRED_DAY_OFF, NAME, SOURCE, wednesday))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarEntry.paired(wednesday, EntryKind.TRANSFERRED_WORKING_DAY, NAME, SOURCE, saturday))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Saturday or Sunday");
        assertThatThrownBy(() -> CalendarEntry.of(wednesday, EntryKind.MOVED_DAY_OFF, NAME, SOURCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paired");
        assertThatThrownBy(() -> CalendarEntry.paired(wednesday, EntryKind.HOLIDAY, NAME, SOURCE, saturday))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CalendarEntry.paired(saturday, EntryKind.TRANSFERRED_WORKING_DAY, NAME, SOURCE, wednesday).isDayOff())
                .isFalse();
    }

    @Test
    void EMP10_aYearHoldsOneEntryPerDateAndOnlyItsOwnDates() {
        CalendarEntry newYear = CalendarEntry.of(LocalDate.of(2026, 1, 1), EntryKind.HOLIDAY, NAME, SOURCE);
        assertThatThrownBy(() -> new CalendarYear(2026, true, SOURCE, "", List.of(newYear, newYear)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than one");
        assertThatThrownBy(() -> new CalendarYear(2025, true, SOURCE, "", List.of(newYear)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the calendar year 2025");
        assertThatThrownBy(() -> new LocalizedName(" ", "ru", "en")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreGivenInTheCallersLanguageWithKazakhAsDefault() {
        assertThat(NAME.in(java.util.Locale.of("ru"))).isEqualTo("название");
        assertThat(NAME.in(java.util.Locale.ENGLISH)).isEqualTo("name");
        assertThat(NAME.in(java.util.Locale.GERMAN)).isEqualTo("атауы");
        assertThat(NAME.in(null)).isEqualTo("атауы");
    }
}
