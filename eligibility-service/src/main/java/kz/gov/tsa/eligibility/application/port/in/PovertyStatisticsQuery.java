package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.RegionCode;

import java.util.List;
import java.util.Optional;

/** REF-06: the share of applicants below the poverty line, per region and year, over the decisions taken. */
public interface PovertyStatisticsQuery {

    List<Line> belowPovertyLine(int year, Optional<RegionCode> region);

    /**
     * @param families       decided applications of the year in the region
     * @param familiesBelow  of them, with per-capita income at or below the poverty line
     * @param people         members of those families
     * @param peopleBelow    members of the families below the line
     */
    record Line(String regionCode, int year, long families, long familiesBelow, long people, long peopleBelow) {
        /** Share of people below the line, in percent with one decimal (HALF_UP). */
        public java.math.BigDecimal shareOfPeoplePercent() {
            return people == 0 ? java.math.BigDecimal.ZERO
                    : java.math.BigDecimal.valueOf(peopleBelow * 100L)
                    .divide(java.math.BigDecimal.valueOf(people), 1, java.math.RoundingMode.HALF_UP);
        }
    }
}
