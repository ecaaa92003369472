package kz.gov.tsa.kernel.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The dated calendar data of one year (EMP-10): every holiday, religious day off, weekend move and transfer,
 * and whether the data is complete. A year is <em>complete</em> when every day off and transfer of that year is
 * known from the sources; only complete years answer working-day questions (see {@link WorkingCalendar}).
 * Saturdays and Sundays are days off unless an entry says otherwise, so they are not listed.
 * <p>
 * An incomplete year may still be <em>known through</em> a date (D-80): every day off up to and including that
 * date is known — e.g. 2027, whose statutory holidays and their weekend moves are fixed by law but whose Kurban
 * Ait date (mid-May) is not yet announced — and working-day questions about those days are answered.
 *
 * @param year         the calendar year
 * @param complete     whether the entries are all the year's exceptions to the Monday–Friday week
 * @param source       the acts and pages the year was built from
 * @param note         what is uncertain or missing (why a year is incomplete); may be empty, never null
 * @param entries      the entries, sorted by date, one per date, all in {@code year}
 * @param knownThrough for an incomplete year, the last date up to which its days off are all known; empty when
 *                     the year is complete or nothing of it is known
 */
public record CalendarYear(int year, boolean complete, LegalSource source, String note, List<CalendarEntry> entries,
                           Optional<LocalDate> knownThrough) {

    /** A year that is complete, or incomplete with nothing of it known. */
    public CalendarYear(int year, boolean complete, LegalSource source, String note, List<CalendarEntry> entries) {
        this(year, complete, source, note, entries, Optional.empty());
    }

    public CalendarYear {
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNull(note, "note").strip();
        Objects.requireNonNull(knownThrough, "knownThrough");
        if (knownThrough.isPresent()) {
            if (complete) {
                throw new IllegalArgumentException("a complete year " + year + " has no 'known through' date");
            }
            if (knownThrough.get().getYear() != year) {
                throw new IllegalArgumentException(knownThrough.get() + " is not in the calendar year " + year);
            }
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "entries")).stream()
                .sorted(Comparator.comparing(CalendarEntry::date)).toList();
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry e : entries) {
            if (e.date().getYear() != year) {
                throw new IllegalArgumentException(e.date() + " is not in the calendar year " + year);
            }
            if (!seen.add(e.date())) {
                throw new IllegalArgumentException(e.date() + " has more than one calendar entry");
            }
        }
    }

    /** Whether every day off of {@code date} (a date of this year) is known: the year is complete or known through it. */
    public boolean covers(LocalDate date) {
        return date.getYear() == year && (complete || knownThrough.map(k -> !date.isAfter(k)).orElse(false));
    }

    /** The entry of {@code date}, if any. */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return entries.stream().filter(e -> e.date().equals(date)).findFirst();
    }

    /** The entries of {@code kind}, by date. */
    public List<CalendarEntry> entries(EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }
}
