package kz.gov.tsa.eligibility.domain.decision;

import java.time.YearMonth;
import java.util.Objects;

/** The months for which assistance is assigned, both ends included (ELIG-12, ELIG-13). */
public record AssignmentPeriod(YearMonth from, YearMonth to) {
    public AssignmentPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    public int months() {
        return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
