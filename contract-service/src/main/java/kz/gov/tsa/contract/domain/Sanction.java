package kz.gov.tsa.contract.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * CON-07 / PAY-02: the 50 % cut for one month after the first confirmed breach.
 *
 * @param breachId the breach that caused it
 * @param month    the sanction month (the next payable month)
 * @param percent  the cut, 50
 * @param affected person keys of the members whose shares are halved (adults, except spared students)
 * @param exempt   person keys of the members whose shares are untouched
 */
public record Sanction(UUID breachId, YearMonth month, int percent, List<String> affected, List<String> exempt) {
    public Sanction {
        affected = List.copyOf(affected);
        exempt = List.copyOf(exempt);
    }
}
