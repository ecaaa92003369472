package kz.gov.tsa.eligibility.domain.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * REF-06: one region's year over the decisions taken.
 *
 * @param families       decided applications of the year in the region
 * @param familiesBelow  of them, with per-capita income below (strictly less than) the poverty line; a family
 *                       exactly at the line is not below it (REF-06 "below")
 * @param people         members of those families
 * @param peopleBelow    members of the families below the line
 */
public record PovertyStatisticsLine(String regionCode, int year, long families, long familiesBelow, long people,
                                    long peopleBelow) {

    /** Share of people below the line, in percent with one decimal (HALF_UP). */
    public BigDecimal shareOfPeoplePercent() {
        return people == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(peopleBelow * 100L).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
    }
}
