package kz.gov.tsa.payment.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * PAY-03: from {@code firstMonthStopped} only the {@code continuing} members keep their shares — minors and
 * full-time students up to 23 for CON-08, members not able-bodied for CON-06 (2) — as contract-service named them.
 *
 * @param ruleId {@code CON-08} (repeat breach) or {@code CON-06} (false information)
 */
public record Termination(String cause, String ruleId, YearMonth firstMonthStopped, Set<String> continuing) {
    public Termination {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(firstMonthStopped, "firstMonthStopped");
        continuing = Set.copyOf(continuing == null ? Set.of() : continuing);
    }
}
