package kz.gov.tsa.calendar;

import kz.gov.tsa.kernel.calendar.CalendarEntry;
import kz.gov.tsa.kernel.calendar.CalendarYear;
import kz.gov.tsa.kernel.calendar.DayOffReason;
import kz.gov.tsa.kernel.calendar.LegalSource;
import kz.gov.tsa.kernel.calendar.LocalizedName;
import kz.gov.tsa.kernel.calendar.WorkingDaysAdded;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The JSON answers of {@link CalendarResource}; the kernel's calendar types are not the API model. */
public final class CalendarViews {

    private CalendarViews() {
    }

    /** Where a fact comes from. */
    public record SourceView(String citation, List<String> urls) {
        static SourceView of(LegalSource source) {
            return source == null ? null : new SourceView(source.citation(), source.urls().stream().map(URI::toString).toList());
        }
    }

    /** A name in kk, ru and en. */
    public record NameView(String kk, String ru, String en) {
        static NameView of(LocalizedName name) {
            return new NameView(name.kk(), name.ru(), name.en());
        }
    }

    /**
     * One day: {@code kind} is {@code WORKING_DAY}, {@code WEEKEND}, or the kind of its calendar entry
     * ({@code HOLIDAY}, {@code RELIGIOUS_DAY_OFF}, {@code MOVED_DAY_OFF}, {@code TRANSFERRED_DAY_OFF},
     * {@code TRANSFERRED_WORKING_DAY}); {@code counterpart} is the other day of a move or transfer.
     */
    public record DayView(LocalDate date, DayOfWeek dayOfWeek, boolean workingDay, String kind, NameView name,
                          LocalDate counterpart, SourceView source) {

        static DayView of(CalendarEntry e) {
            return new DayView(e.date(), e.date().getDayOfWeek(), !e.isDayOff(), e.kind().name(), NameView.of(e.name()),
                    e.counterpart().orElse(null), SourceView.of(e.source()));
        }

        static DayView of(DayOffReason reason) {
            return switch (reason) {
                case DayOffReason.Listed listed -> of(listed.entry());
                case DayOffReason.Weekend weekend -> new DayView(weekend.date(), weekend.dayOfWeek(), false, "WEEKEND",
                        weekendName(weekend.dayOfWeek()), null, null);
            };
        }

        static DayView workingDay(LocalDate date) {
            return new DayView(date, date.getDayOfWeek(), true, "WORKING_DAY", null, null, null);
        }

        private static NameView weekendName(DayOfWeek day) {
            return day == DayOfWeek.SATURDAY
                    ? new NameView("Демалыс күні (сенбі)", "Выходной день (суббота)", "Weekend (Saturday)")
                    : new NameView("Демалыс күні (жексенбі)", "Выходной день (воскресенье)", "Weekend (Sunday)");
        }
    }

    /**
     * A year of the calendar: its entries (days off and transferred working days; ordinary weekends are not
     * listed) and, for a complete year, its counts of working days and days off; {@code knownThrough}, for an
     * incomplete year, the last date up to which working-day questions are answered (D-80).
     */
    public record YearView(int year, boolean complete, LocalDate knownThrough, String note, SourceView source,
                           Integer workingDays, Integer daysOff, List<DayView> entries) {
        static YearView of(CalendarYear y, Integer workingDays) {
            Integer daysOff = workingDays == null ? null : LocalDate.of(y.year(), 1, 1).lengthOfYear() - workingDays;
            return new YearView(y.year(), y.complete(), y.knownThrough().orElse(null), y.note(),
                    SourceView.of(y.source()), workingDays, daysOff, y.entries().stream().map(DayView::of).toList());
        }
    }

    /** {@code result} is the {@code add}-th working day after {@code from}; {@code skipped} the days off passed. */
    public record WorkingDaysView(LocalDate from, int add, LocalDate result, List<DayView> skipped) {
        static WorkingDaysView of(WorkingDaysAdded added) {
            return new WorkingDaysView(added.from(), added.workingDays(), added.result(),
                    added.skipped().stream().map(DayView::of).toList());
        }
    }
}
