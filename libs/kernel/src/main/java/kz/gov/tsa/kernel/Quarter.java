package kz.gov.tsa.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2026-Q4}; the unit of the regional poverty line (REF-05). Only the years
 * the system serves, {@value #MIN_YEAR}–{@value #MAX_YEAR}, are quarters: {@code 0000-Q1} or {@code 9999-Q4}
 * are refused with {@link IllegalArgumentException}.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    /** First year served. */
    public static final int MIN_YEAR = 2000;
    /** Last year served. */
    public static final int MAX_YEAR = 2100;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1..4");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("quarter year out of range");
        }
    }

    /** Parses {@code YYYY-Qn}. */
    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written YYYY-Qn");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter {@code date} falls in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The three months of the quarter, in order. */
    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(firstDay());
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
