package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;
import java.util.Optional;

/**
 * The part of a decision's inputs that a change of the poverty line alone can act on (the what-if, REF-04/05; D-95):
 * the commission's finding (ELIG-10), whether the applicant's status may apply (ELIG-02), the per-capita income over
 * the income period (ELIG-03) and the number of members (ELIG-04). Everything else a decision looks at — ages, care
 * duties, retirement age (ELIG-05..09) and the period (ELIG-12/13) — decides only the kind and the period of an
 * assignment, never whether there is one nor its monthly amount; so with the same inputs and parameters and another
 * poverty line, {@link #monthlyAmount(Tenge)} is empty exactly when {@link CommissionGate#decide} refuses and else
 * equals its {@link Decision.Assignment#monthlyAmount()}. It is derived once, when a decision is stored, and lets a
 * re-assessment of every stored family run without re-reading the full snapshot or building explanations.
 *
 * @param factsConfirmed    ELIG-10: the precinct commission confirmed the declared situation
 * @param applicantMayApply ELIG-02: the applicant's residency status is one that may apply
 * @param perCapitaIncome   ELIG-03: total income ÷ months of the income period ÷ members, rounded to the tiyn
 * @param members           ELIG-04: the number of members the share is paid for
 */
public record ReassessmentBasis(boolean factsConfirmed, boolean applicantMayApply, Tenge perCapitaIncome, int members) {

    public ReassessmentBasis {
        Objects.requireNonNull(perCapitaIncome, "perCapitaIncome");
        if (members < 1) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }

    /** The basis of the case as {@link EligibilityPolicy#decide} reads it, with the same income period and rounding. */
    public static ReassessmentBasis of(EligibilityCase c, DecisionParameters p, boolean factsConfirmed) {
        FamilyMember applicant = EligibilityPolicy.applicant(c.members());
        var incomePeriod = p.incomePeriod(c.quarter());
        int members = c.members().size();
        Tenge perCapita = EligibilityPolicy.perCapitaIncome(EligibilityPolicy.totalIncome(c.members(), incomePeriod),
                members, incomePeriod.months());
        return new ReassessmentBasis(factsConfirmed, applicant.residency().mayApply(), perCapita, members);
    }

    /**
     * The monthly amount assigned under {@code povertyLine}, or empty for a refusal: ELIG-10 (not confirmed), ELIG-02
     * (status), ELIG-03 (per-capita income above the line; at the line is not above) or ELIG-04 (no amount).
     */
    public Optional<Tenge> monthlyAmount(Tenge povertyLine) {
        if (!factsConfirmed || !applicantMayApply || perCapitaIncome.compareTo(povertyLine) > 0) {
            return Optional.empty();
        }
        Tenge share = povertyLine.minus(perCapitaIncome);
        return share.isPositive() ? Optional.of(share.times(members)) : Optional.empty();
    }
}
