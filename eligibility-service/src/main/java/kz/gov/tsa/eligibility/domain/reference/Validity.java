package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The effective-date range of one version of a reference value: from {@code from} to {@code to}, both
 * days included; {@code to == null} means "until changed".
 */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a validity ends on or after its first day");
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    /** Exactly one quarter (the validity of every quarterly value). */
    public static Validity of(Quarter quarter) {
        return new Validity(quarter.firstDay(), quarter.lastDay());
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** True when this range ends after {@code day} (an open range always does). */
    public boolean endsAfter(LocalDate day) {
        return to == null || to.isAfter(day);
    }

    /** True when this range is exactly the quarter that contains its first day. */
    public boolean isOneQuarter() {
        Quarter q = Quarter.of(from);
        return from.equals(q.firstDay()) && q.lastDay().equals(to);
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to.toString());
    }
}
