package kz.gov.tsa.eligibility.domain.decision;

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
 */
public record DecisionParameters(Tenge povertyLine, BigDecimal retirementAgeMen, BigDecimal retirementAgeWomen,
                                 int contractTermMonths, List<ParameterVersion> versions) {
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
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public BigDecimal retirementAge(Sex sex) {
        return sex == Sex.MALE ? retirementAgeMen : retirementAgeWomen;
    }
}
