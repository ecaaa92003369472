package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Tenge;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an eligibility decision (ELIG-01..15). A refusal is a value carrying its rule ID,
 * not an exception. Every outcome carries its {@link Explanation} (ELIG-15).
 */
public sealed interface Decision permits Decision.Assignment, Decision.Refused {

    Explanation explanation();

    /** The figures every outcome shows: per-capita income against the poverty line (ELIG-03). */
    Tenge perCapitaIncome();

    Tenge povertyLine();

    /** An assignment: monthly amount (ELIG-04), period (ELIG-12/13) and per-member shares. */
    sealed interface Assignment extends Decision permits Unconditional, Conditional {
        Tenge monthlyAmount();

        AssignmentPeriod period();

        List<MemberShare> shares();
    }

    /** Unconditional cash assistance (ELIG-05..07), for the current quarter (ELIG-12). */
    record Unconditional(Tenge perCapitaIncome, Tenge povertyLine, Tenge monthlyAmount, AssignmentPeriod period,
                         List<MemberShare> shares, Explanation explanation) implements Assignment {
        public Unconditional {
            Objects.requireNonNull(monthlyAmount, "monthlyAmount");
            shares = List.copyOf(shares);
        }
    }

    /**
     * Conditional cash assistance (ELIG-08), paid only with a signed social contract (ELIG-09), for
     * the contract's term (ELIG-13); the period is provisional until the contract is signed.
     */
    record Conditional(Tenge perCapitaIncome, Tenge povertyLine, Tenge monthlyAmount, AssignmentPeriod period,
                       List<MemberShare> shares, Explanation explanation) implements Assignment {
        public Conditional {
            Objects.requireNonNull(monthlyAmount, "monthlyAmount");
            shares = List.copyOf(shares);
        }
    }

    /** Refused, citing the rule that refuses (ELIG-02, ELIG-03 or ELIG-04). */
    record Refused(String ruleId, String reason, Tenge perCapitaIncome, Tenge povertyLine, Explanation explanation)
            implements Decision {
        public Refused {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
