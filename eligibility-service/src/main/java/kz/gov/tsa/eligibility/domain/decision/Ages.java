package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Age facts the kind rules look at (ELIG-06..08), judged on one day.
 *
 * <p>An age is reached on the day {@code birthDate.plusYears(n)} / {@code plusMonths(n)}: a term in
 * years or months ends on the same day of the last month, or on its last day when that month has no
 * such day (Civil Code of the RK art. 171). So a person born on 29 February turns 18 on 28 February,
 * the same day {@link MemberShare#turns18On()} shows. A fractional retirement age (58.5 years) is
 * counted in whole months (702); a value that is not a whole number of months is rounded up to the
 * next month, so the age is reached only when the full fraction has passed.
 */
public final class Ages {

    static final int ADULT_YEARS = 18;
    static final int STUDENT_LIMIT_YEARS = 23;
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private Ages() {
    }

    /** Whole years of age on {@code day}, consistent with {@link #hasTurned(FamilyMember, int, LocalDate)}. */
    static int years(FamilyMember m, LocalDate day) {
        int years = Period.between(m.birthDate(), day).getYears();
        return !day.isBefore(m.birthDate().plusYears(years + 1L)) ? years + 1 : years;
    }

    /** True from the day the member turns {@code years} old. */
    static boolean hasTurned(FamilyMember m, int years, LocalDate day) {
        return !day.isBefore(m.birthDate().plusYears(years));
    }

    /**
     * ELIG-06: the day the member reaches retirement age, judged on {@code day}: the first day on which the member's
     * age reaches the age in force on that day (Pension Law art. 11 p. 1). Who has reached it stays of retirement
     * age after a later rise (a woman who reached 58.5 in 2018 is not able-bodied again in 2019 under 59). A member
     * who has not reached it by {@code day} is shown the day under the age in force on {@code day}; without a
     * schedule (older snapshots) only that age counts.
     */
    static LocalDate retirementDay(FamilyMember m, DecisionParameters p, LocalDate day) {
        LocalDate underAgeInForce = reachDay(m, p.retirementAge(m.sex()));
        List<RetirementAgeStep> schedule = p.retirementSchedule(m.sex());
        for (int i = 0; i < schedule.size(); i++) {
            RetirementAgeStep step = schedule.get(i);
            if (step.from().isAfter(day)) {
                break;
            }
            LocalDate reach = reachDay(m, step.years());
            // before the first known step the age was not higher: a person already of that age reached it earlier
            LocalDate candidate = i == 0 || !reach.isBefore(step.from()) ? reach : step.from();
            if ((step.to() == null || !candidate.isAfter(step.to())) && !candidate.isAfter(day)) {
                return candidate;
            }
        }
        return underAgeInForce;
    }

    /** The day the member is {@code years} old, counted in whole months (a fraction rounded up). */
    static LocalDate reachDay(FamilyMember m, BigDecimal years) {
        long months = years.multiply(MONTHS_PER_YEAR).setScale(0, RoundingMode.CEILING).longValueExact();
        return m.birthDate().plusMonths(months);
    }

    /** ELIG-06: has reached the retirement age (Pension Law art. 11 p. 1) on or before {@code day}. */
    static boolean reachedRetirementAge(FamilyMember m, DecisionParameters p, LocalDate day) {
        return !day.isBefore(retirementDay(m, p, day));
    }

    /** ELIG-07: of working age, 18 ≤ age &lt; retirement age, on {@code day}. */
    static boolean workingAge(FamilyMember m, DecisionParameters p, LocalDate day) {
        return hasTurned(m, ADULT_YEARS, day) && !reachedRetirementAge(m, p, day);
    }

    /** ELIG-06/08: limited by a disability of group 1 or 2 or by an illness of more than two months. */
    static boolean limitedByHealth(FamilyMember m) {
        return m.disability().limitsWork() || m.longIllness();
    }

    /** ELIG-08: able-bodied = of working age and not limited by disability 1/2 or long illness. */
    public static boolean ableBodied(FamilyMember m, DecisionParameters p, LocalDate day) {
        return workingAge(m, p, day) && !limitedByHealth(m);
    }
}
