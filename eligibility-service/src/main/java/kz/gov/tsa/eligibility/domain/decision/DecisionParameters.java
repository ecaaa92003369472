package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.IncomePeriod;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The dated reference values one decision needs, already looked up for the application's region,
 * quarter and date by the application layer ([param] rules of RULES.md are never constants).
 *
 * @param povertyLine          PL of the applicant's region for the quarter of application (ELIG-03)
 * @param retirementAgeMen     retirement age of men on the application date, in years (ELIG-06)
 * @param retirementAgeWomen   of women (may be fractional: 58.5, 61 …)
 * @param contractTermMonths   the social contract's term (CON-04, ELIG-13)
 * @param versions             every parameter version used, for the decision's replay
 * @param incomePeriodMonths   ELIG-03: months before the quarter of application whose incomes count (dated parameter;
 *                             3 in decisions stored before it was one)
 * @param retirementSchedule   ELIG-06: the retirement-age steps of both sexes in force up to the application date
 *                             (empty in decisions stored before the schedule was kept: then only the age in force
 *                             on the application date counts)
 */
public record DecisionParameters(Tenge povertyLine, BigDecimal retirementAgeMen, BigDecimal retirementAgeWomen,
                                 int contractTermMonths, List<ParameterVersion> versions,
                                 List<RetirementAgeStep> retirementSchedule, int incomePeriodMonths) {
    public DecisionParameters {
        Objects.requireNonNull(povertyLine, "povertyLine");
        Objects.requireNonNull(retirementAgeMen, "retirementAgeMen");
        Objects.requireNonNull(retirementAgeWomen, "retirementAgeWomen");
        if (!povertyLine.isPositive()) {
            throw new IllegalArgumentException("the poverty line is positive");
        }
        if (contractTermMonths < 1) {
            throw new IllegalArgumentException("the contract term is at least one month");
        }
        if (incomePeriodMonths < 1 || incomePeriodMonths > 12) {
            throw new IllegalArgumentException("an income period lies between 1 and 12 months");
        }
        versions = versions == null ? List.of() : List.copyOf(versions);
        retirementSchedule = retirementSchedule == null ? List.of() : retirementSchedule.stream()
                .sorted(java.util.Comparator.comparing(RetirementAgeStep::from)).toList();
    }

    /** Without a retirement-age schedule: only the ages in force on the application date count. */
    public DecisionParameters(Tenge povertyLine, BigDecimal retirementAgeMen, BigDecimal retirementAgeWomen,
                              int contractTermMonths, List<ParameterVersion> versions) {
        this(povertyLine, retirementAgeMen, retirementAgeWomen, contractTermMonths, versions, List.of(),
                IncomePeriod.DEFAULT_MONTHS);
    }

    /** With the default income period (the quarter before). */
    public DecisionParameters(Tenge povertyLine, BigDecimal retirementAgeMen, BigDecimal retirementAgeWomen,
                              int contractTermMonths, List<ParameterVersion> versions,
                              List<RetirementAgeStep> retirementSchedule) {
        this(povertyLine, retirementAgeMen, retirementAgeWomen, contractTermMonths, versions, retirementSchedule,
                IncomePeriod.DEFAULT_MONTHS);
    }

    /** ELIG-03: the income period of an application for {@code quarter}. */
    public IncomePeriod incomePeriod(kz.gov.tsa.kernel.Quarter quarter) {
        return IncomePeriod.before(quarter, incomePeriodMonths);
    }

    /** The same parameters with another poverty line (the what-if). */
    public DecisionParameters withPovertyLine(Tenge line, List<ParameterVersion> newVersions) {
        return new DecisionParameters(line, retirementAgeMen, retirementAgeWomen, contractTermMonths, newVersions,
                retirementSchedule, incomePeriodMonths);
    }

    /**
     * ELIG-06: the same parameters with only the schedule steps that can matter for {@code members} — per sex, the
     * first step, the open one, and every step in which a member of that sex reaches its age before it ends. A step
     * left out could never be the one a member reaches retirement age in, so the decision is the same; the snapshot
     * stays small (the what-if parses every snapshot).
     */
    public DecisionParameters forFamily(List<kz.gov.tsa.eligibility.domain.FamilyMember> members) {
        List<RetirementAgeStep> kept = new java.util.ArrayList<>();
        for (Sex sex : Sex.values()) {
            List<kz.gov.tsa.eligibility.domain.FamilyMember> ofSex = members.stream().filter(m -> m.sex() == sex)
                    .toList();
            List<RetirementAgeStep> steps = retirementSchedule(sex);
            for (int i = 0; i < steps.size(); i++) {
                RetirementAgeStep s = steps.get(i);
                boolean matters = i == 0 || s.to() == null
                        || ofSex.stream().anyMatch(m -> !Ages.reachDay(m, s.years()).isAfter(s.to()));
                if (!ofSex.isEmpty() && matters) {
                    kept.add(s);
                }
            }
        }
        return new DecisionParameters(povertyLine, retirementAgeMen, retirementAgeWomen, contractTermMonths, versions,
                kept, incomePeriodMonths);
    }

    /** ELIG-06: the schedule steps of one sex, oldest first. */
    public List<RetirementAgeStep> retirementSchedule(Sex sex) {
        return retirementSchedule.stream().filter(s -> s.sex() == sex).toList();
    }

    public BigDecimal retirementAge(Sex sex) {
        return sex == Sex.MALE ? retirementAgeMen : retirementAgeWomen;
    }
}
