package kz.gov.tsa.kernel.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The weekend-coincidence rule of Law No. 267-II art. 5 (EMP-10): "При совпадении выходного и праздничного дней
 * выходным днем является следующий после праздничного рабочий день". A {@link EntryKind#HOLIDAY} on a Saturday
 * or Sunday makes the next working day a day off; several such holidays take successive working days (Nauryz
 * 2026: 21–22 March, Saturday–Sunday, move to 24–25 March because 23 March is itself a holiday). Religious days
 * off are never moved.
 * <p>
 * The stored {@link EntryKind#MOVED_DAY_OFF} entries are the source of truth; this rule checks them (and helps to
 * write a new year's data), it does not replace them.
 */
public final class WeekendRule {

    private WeekendRule() {
    }

    /** Holiday on a weekend → the day off art. 5 moves it to, computed from the year's other entries. */
    public static SortedMap<LocalDate, LocalDate> movesRequiredBy(CalendarYear year) {
        Set<LocalDate> offAlready = new HashSet<>();
        for (CalendarEntry e : year.entries()) {
            if (e.isDayOff() && e.kind() != EntryKind.MOVED_DAY_OFF) {
                offAlready.add(e.date());
            }
        }
        SortedMap<LocalDate, LocalDate> moves = new TreeMap<>();
        for (CalendarEntry holiday : year.entries(EntryKind.HOLIDAY)) {
            if (!CalendarEntry.isWeekend(holiday.date())) {
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (CalendarEntry.isWeekend(day) || offAlready.contains(day)) {
                day = day.plusDays(1);
            }
            offAlready.add(day);
            moves.put(holiday.date(), day);
        }
        return moves;
    }

    /** Holiday → moved day off, as the year's {@link EntryKind#MOVED_DAY_OFF} entries record it. */
    public static SortedMap<LocalDate, LocalDate> movesRecordedIn(CalendarYear year) {
        SortedMap<LocalDate, LocalDate> moves = new TreeMap<>();
        for (CalendarEntry e : year.entries(EntryKind.MOVED_DAY_OFF)) {
            moves.put(e.counterpart().orElseThrow(), e.date());
        }
        return moves;
    }

    /** Whether the recorded moves are exactly those art. 5 requires. */
    public static boolean isFollowedBy(CalendarYear year) {
        return movesRequiredBy(year).equals(movesRecordedIn(year));
    }
}
