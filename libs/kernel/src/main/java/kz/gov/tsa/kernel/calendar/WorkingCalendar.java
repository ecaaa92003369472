package kz.gov.tsa.kernel.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * EMP-10: "working days" are Monday–Friday less Kazakhstan's public holidays and transferred days off, held as a
 * dated calendar. Built from {@link CalendarYear}s (the stored data is the source of truth: a new year's decree
 * is a new year of data, not code). Immutable and thread-safe.
 * <p>
 * A day is a working day when it has no day-off entry and is Monday–Friday, or when it is a
 * {@link EntryKind#TRANSFERRED_WORKING_DAY}. Every question about a date of a year without data, or whose data
 * is marked incomplete (beyond the date it is known through, if any), throws {@link CalendarNotAvailableException}
 * naming the year ("no working-day calendar for 2031"): such a date is never silently treated as an ordinary week.
 * <p>
 * Counting: "within n working days after X" ends on the n-th working day <em>after</em> X — X itself never
 * counts, whether or not it is a working day. So {@code addWorkingDays(friday, 3)} is the next Wednesday in an
 * ordinary week, and {@code workingDaysBetween(x, addWorkingDays(x, n)) == n}.
 */
public final class WorkingCalendar {

    private final TreeMap<Integer, CalendarYear> years = new TreeMap<>();
    private final Map<LocalDate, CalendarEntry> entries = new HashMap<>();

    private WorkingCalendar(Collection<CalendarYear> data) {
        for (CalendarYear y : data) {
            if (years.putIfAbsent(y.year(), y) != null) {
                throw new IllegalArgumentException("the calendar year " + y.year() + " is given twice");
            }
            y.entries().forEach(e -> entries.put(e.date(), e));
        }
    }

    /** A calendar of the given years (complete or not); a year given twice is refused. */
    public static WorkingCalendar of(Collection<CalendarYear> years) {
        return new WorkingCalendar(Objects.requireNonNull(years, "years"));
    }

    /** A calendar of the given years. */
    public static WorkingCalendar of(CalendarYear... years) {
        return of(List.of(years));
    }

    /** Every year with data, complete or not. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The years that answer working-day questions. */
    public SortedSet<Integer> completeYears() {
        TreeSet<Integer> out = new TreeSet<>();
        years.values().stream().filter(CalendarYear::complete).forEach(y -> out.add(y.year()));
        return Collections.unmodifiableSortedSet(out);
    }

    /** The data of {@code year}, complete or not. */
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * Whether working-day questions about {@code date} are answered: its year has complete data, or is known
     * through that date (D-80).
     */
    public boolean covers(LocalDate date) {
        CalendarYear y = years.get(date.getYear());
        return y != null && y.covers(date);
    }

    /** The calendar entry of {@code date}, if any (e.g. why a Saturday is a working day). */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(entries.get(date));
    }

    /** EMP-10: whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return dayOffReason(date).isEmpty();
    }

    /** Why {@code date} is not a working day; empty when it is one. */
    public Optional<DayOffReason> dayOffReason(LocalDate date) {
        requireCovered(date);
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.isDayOff() ? Optional.of(new DayOffReason.Listed(entry)) : Optional.empty();
        }
        return CalendarEntry.isWeekend(date) ? Optional.of(new DayOffReason.Weekend(date)) : Optional.empty();
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} does not count); {@code from} itself when
     * {@code n} is 0. Refused when a day it has to look at lies in a year without complete data.
     *
     * @throws IllegalArgumentException        when {@code n} is negative
     * @throws CalendarNotAvailableException when the count runs through a year without complete data
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return addWorkingDaysExplained(from, n).result();
    }

    /** {@link #addWorkingDays(LocalDate, int)} with the days off skipped on the way and their reasons. */
    public WorkingDaysAdded addWorkingDaysExplained(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("the number of working days to add must be 0 or more, got " + n);
        }
        List<DayOffReason> skipped = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            Optional<DayOffReason> off = dayOffReason(day);
            if (off.isPresent()) {
                skipped.add(off.get());
            } else {
                counted++;
            }
        }
        return new WorkingDaysAdded(from, n, day, skipped);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative (the same count)
     * when {@code to} is before {@code from}, 0 when they are equal.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The number of working days in {@code year}. */
    public int workingDaysIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return workingDaysBetween(first.minusDays(1), first.withDayOfYear(first.lengthOfYear()));
    }

    private void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarYear y = years.get(date.getYear());
        if (y == null) {
            throw new CalendarNotAvailableException(date.getYear(), CalendarNotAvailableException.Reason.NO_DATA, null);
        }
        if (!y.covers(date)) {
            throw new CalendarNotAvailableException(date.getYear(), CalendarNotAvailableException.Reason.INCOMPLETE,
                    y.knownThrough().map(k -> "known through " + k + "; ").orElse("") + y.note());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingCalendar" + years.keySet() + " complete " + completeYears();
    }
}
