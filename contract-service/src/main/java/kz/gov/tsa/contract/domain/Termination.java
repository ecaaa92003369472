package kz.gov.tsa.contract.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * CON-06 / CON-08 / PAY-03: how a contract was terminated and whose shares go on being paid.
 *
 * @param cause          {@code REPEAT_BREACH} (CON-08) or {@code FALSE_INFORMATION} (CON-06 (2))
 * @param ruleId         {@code CON-08} or {@code CON-06}
 * @param terminatedOn   the day
 * @param firstMonthStopped the first month whose conditional payments stop
 * @param breachId       the breach (CON-08), else null
 * @param reason         the stated reason
 * @param continuing     person keys whose shares go on (minors and spared students; for CON-06 (2) members who are not able-bodied)
 * @param stopped        person keys whose shares stop
 */
public record Termination(String cause, String ruleId, LocalDate terminatedOn, YearMonth firstMonthStopped,
                          UUID breachId, String reason, List<String> continuing, List<String> stopped) {
    public Termination {
        continuing = List.copyOf(continuing);
        stopped = List.copyOf(stopped);
    }
}
