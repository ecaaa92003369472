package kz.gov.tsa.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated fact of the working-day calendar (EMP-10): a holiday, a religious day off, a day off moved by the
 * weekend rule, or either side of a transfer, with its name in kk/ru/en and its legal source.
 *
 * @param date        the day
 * @param kind        what the entry makes of the day
 * @param name        e.g. "Наурыз мейрамы"; for moves and transfers a description naming the other day
 * @param source      the act and pages that state it
 * @param counterpart for {@link EntryKind#MOVED_DAY_OFF} the weekend holiday it replaces; for
 *                    {@link EntryKind#TRANSFERRED_DAY_OFF} the weekend day that became a working day; for
 *                    {@link EntryKind#TRANSFERRED_WORKING_DAY} the weekday that became a day off; empty for
 *                    holidays and religious days off
 */
public record CalendarEntry(LocalDate date, EntryKind kind, LocalizedName name, LegalSource source,
                            Optional<LocalDate> counterpart) {

    /**
     * Checks the shape of the entry: a moved or transferred day off lies on Monday–Friday, a transferred working
     * day on a Saturday or Sunday, and exactly the kinds that {@link EntryKind#hasCounterpart() have one} name
     * their counterpart.
     */
    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(counterpart, "counterpart");
        if (kind.hasCounterpart() != counterpart.isPresent()) {
            throw new IllegalArgumentException(date + " " + kind + (kind.hasCounterpart()
                    ? " needs the date it is paired with" : " has no paired date"));
        }
        boolean weekend = isWeekend(date);
        if ((kind == EntryKind.MOVED_DAY_OFF || kind == EntryKind.TRANSFERRED_DAY_OFF) && weekend) {
            throw new IllegalArgumentException(date + " " + kind + " must fall on Monday to Friday");
        }
        if (kind == EntryKind.TRANSFERRED_WORKING_DAY && !weekend) {
            throw new IllegalArgumentException(date + " " + kind + " must fall on a Saturday or Sunday");
        }
    }

    /** A holiday or religious day off (no counterpart). */
    public static CalendarEntry of(LocalDate date, EntryKind kind, LocalizedName name, LegalSource source) {
        return new CalendarEntry(date, kind, name, source, Optional.empty());
    }

    /** A move or one side of a transfer, paired with {@code counterpart}. */
    public static CalendarEntry paired(LocalDate date, EntryKind kind, LocalizedName name, LegalSource source,
                                       LocalDate counterpart) {
        return new CalendarEntry(date, kind, name, source, Optional.of(counterpart));
    }

    public boolean isDayOff() {
        return kind.isDayOff();
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
