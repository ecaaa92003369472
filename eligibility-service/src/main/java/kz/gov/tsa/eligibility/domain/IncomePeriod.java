package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Quarter;

import java.time.YearMonth;
import java.util.Objects;

/**
 * ELIG-03: the months whose incomes count — the {@code months} months immediately before the quarter of application.
 * Its length is a dated parameter ({@code income_period}, default 3: the quarter before); shown as the quarter
 * ({@code 2024-Q1}) when it is one, else as {@code 2023-10..2024-03}.
 */
public record IncomePeriod(YearMonth first, int months) {

    /** The seeded default: one quarter. */
    public static final int DEFAULT_MONTHS = 3;

    public IncomePeriod {
        Objects.requireNonNull(first, "first");
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("an income period lies between 1 and 12 months");
        }
    }

    /** The {@code months} months before the quarter of application. */
    public static IncomePeriod before(Quarter quarter, int months) {
        return new IncomePeriod(YearMonth.from(quarter.firstDay()).minusMonths(months), months);
    }

    /** The default: the quarter before the quarter of application. */
    public static IncomePeriod quarterBefore(Quarter quarter) {
        return before(quarter, DEFAULT_MONTHS);
    }

    public YearMonth last() {
        return first.plusMonths(months - 1L);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last());
    }

    @Override
    public String toString() {
        Quarter q = Quarter.of(first.atDay(1));
        boolean oneQuarter = months == DEFAULT_MONTHS && first.equals(YearMonth.from(q.firstDay()));
        return oneQuarter ? q.toString() : first + ".." + last();
    }
}
