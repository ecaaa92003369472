package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.IncomePeriod;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eligibility decision of RULES.md §2, as one pure function: the same case and parameters give
 * an equal {@link Decision} (records compare by value), so a stored decision can be replayed.
 *
 * <p>The rules run in this order, each adding an {@link Explanation.Step} (ELIG-15):
 * <ol>
 *   <li>ELIG-02 — the applicant's residency status may apply (TSA Law art. 2 p. 1);</li>
 *   <li>ELIG-03 — per-capita income over the income period against the poverty line;</li>
 *   <li>ELIG-04 — per-member share and monthly amount;</li>
 *   <li>ELIG-06 (one person) or ELIG-07 (family) — unconditional, else ELIG-08 conditional, which
 *       needs a social contract (ELIG-09);</li>
 *   <li>ELIG-12 (quarter of application) or ELIG-13 (contract term, provisional) — the period;</li>
 *   <li>ELIG-15 — the summary.</li>
 * </ol>
 * A refusal (ELIG-02, ELIG-03, ELIG-04) is a {@link Decision.Refused} value, not an exception; an
 * exception means a programming error in the input (an income outside the income period, not
 * exactly one applicant).
 */
public final class EligibilityPolicy {

    static final String ART_STATUS = "TSA Law art. 2 p. 1";
    static final String ART_INCOME = "TSA Law art. 1 p. 3-1 (PL); method per RULES.md ELIG-03";
    static final String ART_AMOUNT = "TSA Law art. 1 p. 3-1 (PL); method per RULES.md ELIG-04";
    static final String ART_SINGLE = "TSA Law art. 2 p. 4 sub. 1";
    static final String ART_FAMILY = "TSA Law art. 2 p. 4 sub. 2";
    static final String ART_CONDITIONAL = "TSA Law art. 2 p. 5";
    static final String ART_CONTRACT = "TSA Law art. 2 p. 6";
    static final String ART_PERIOD = "TSA Law art. 4 p. 10";
    /** ELIG-15 has no article of its own; the summary cites the definition of TSA (ELIG-01). */
    static final String ART_EXPLANATION = "TSA Law art. 1 p. 4";

    private EligibilityPolicy() {
    }

    /**
     * Decides one case (ELIG-02..15).
     *
     * @throws IllegalArgumentException when an income's month lies outside {@link EligibilityCase#incomePeriod()}
     *                                  or the family has not exactly one applicant
     */
    public static Decision decide(EligibilityCase c, DecisionParameters p) {
        FamilyMember applicant = applicant(c.members());
        int members = c.members().size();
        IncomePeriod incomePeriod = p.incomePeriod(c.quarter());
        Tenge totalIncome = totalIncome(c.members(), incomePeriod);
        Tenge perCapitaIncome = perCapitaIncome(totalIncome, members, incomePeriod.months());
        Tenge pl = p.povertyLine();
        List<Explanation.Step> steps = new ArrayList<>(8);

        // ELIG-02
        steps.add(statusStep(c, applicant));
        if (!applicant.residency().mayApply()) {
            return refused("ELIG-02", "status-not-eligible", perCapitaIncome, pl, steps);
        }

        // ELIG-03
        int vsLine = perCapitaIncome.compareTo(pl);
        steps.add(step("ELIG-03", ART_INCOME, "per-capita-income", figures(
                "incomePeriod", incomePeriod.toString(),
                "totalIncome", totalIncome.toString(),
                "months", Integer.toString(incomePeriod.months()),
                "members", Integer.toString(members),
                "perCapitaIncome", perCapitaIncome.toString(),
                "povertyLine", pl.toString(),
                "povertyLineQuarter", c.quarter().toString()),
                vsLine > 0 ? "ABOVE_POVERTY_LINE" : vsLine == 0 ? "AT_POVERTY_LINE" : "BELOW_POVERTY_LINE"));
        if (vsLine > 0) {
            return refused("ELIG-03", "income-above-poverty-line", perCapitaIncome, pl, steps);
        }

        // ELIG-04: the share is already in tiyn, so the shares add up to the amount exactly.
        Tenge share = pl.minus(perCapitaIncome);
        Tenge amount = share.times(members);
        steps.add(step("ELIG-04", ART_AMOUNT, "amount", figures(
                "povertyLine", pl.toString(),
                "perCapitaIncome", perCapitaIncome.toString(),
                "perMemberShare", share.toString(),
                "members", Integer.toString(members),
                "monthlyAmount", amount.toString()),
                share.isPositive() ? "AMOUNT_POSITIVE" : "NO_AMOUNT"));
        if (!share.isPositive()) {
            return refused("ELIG-04", "no-amount", perCapitaIncome, pl, steps);
        }

        // ELIG-05..09
        boolean unconditional = KindRules.judge(c, p, steps);

        // ELIG-12 / ELIG-13
        AssignmentPeriod period = unconditional ? quarterPeriod(c.quarter()) : contractPeriod(c.decisionDate(), p);
        steps.add(periodStep(unconditional, period));

        List<MemberShare> shares = shares(c, p, share);
        steps.add(step("ELIG-15", ART_EXPLANATION, "outcome", figures(
                "kind", unconditional ? "UNCONDITIONAL" : "CONDITIONAL",
                "monthlyAmount", amount.toString(),
                "perMemberShare", share.toString(),
                "members", Integer.toString(members),
                "periodFrom", period.from().toString(),
                "periodTo", period.to().toString(),
                "months", Integer.toString(period.months()),
                "provisional", Boolean.toString(!unconditional)),
                "ASSIGNED"));
        Explanation explanation = new Explanation(steps);
        return unconditional
                ? new Decision.Unconditional(perCapitaIncome, pl, amount, period, shares, explanation)
                : new Decision.Conditional(perCapitaIncome, pl, amount, period, shares, explanation);
    }

    /** The one member whose relation is APPLICANT. */
    static FamilyMember applicant(List<FamilyMember> members) {
        FamilyMember applicant = null;
        for (FamilyMember m : members) {
            if (m.relation() == FamilyMember.Relation.APPLICANT) {
                if (applicant != null) {
                    throw new IllegalArgumentException("exactly one member is the applicant");
                }
                applicant = m;
            }
        }
        if (applicant == null) {
            throw new IllegalArgumentException("exactly one member is the applicant");
        }
        return applicant;
    }

    /** ELIG-03: the total income of all members; every income must lie in the income period. */
    static Tenge totalIncome(List<FamilyMember> members, IncomePeriod incomePeriod) {
        BigDecimal total = BigDecimal.ZERO;
        for (FamilyMember m : members) {
            for (MonthlyIncome income : m.incomes()) {
                if (!incomePeriod.contains(income.month())) {
                    throw new IllegalArgumentException(
                            "an income of " + income.month() + " lies outside the income period " + incomePeriod);
                }
                total = total.add(income.amount().value());
            }
        }
        return new Tenge(total);
    }

    /**
     * ELIG-03: total ÷ months of the income period ÷ members, one exact division rounded HALF_UP to the tiyn (REF-08).
     * The formula is code (D-24); the period's length is a dated parameter.
     */
    static Tenge perCapitaIncome(Tenge totalIncome, int members, int months) {
        return Tenge.divide(totalIncome.value(), BigDecimal.valueOf((long) months * members));
    }

    private static Explanation.Step statusStep(EligibilityCase c, FamilyMember applicant) {
        long othersNotEligible = c.members().stream().filter(m -> !m.residency().mayApply()).count()
                - (applicant.residency().mayApply() ? 0 : 1);
        boolean mayApply = applicant.residency().mayApply();
        return step("ELIG-02", ART_STATUS, "applicant-status", figures(
                "applicantStatus", applicant.residency().name(),
                "mayApply", Boolean.toString(mayApply),
                "otherMembersWithOtherStatus", Long.toString(othersNotEligible)),
                mayApply ? "ELIGIBLE_STATUS" : "STATUS_NOT_ELIGIBLE");
    }

    /** ELIG-12: unconditional assistance for the quarter of application. */
    static AssignmentPeriod quarterPeriod(Quarter quarter) {
        return new AssignmentPeriod(YearMonth.from(quarter.firstDay()), YearMonth.from(quarter.lastDay()));
    }

    /** ELIG-13: conditional assistance for the contract term from the decision month (provisional). */
    static AssignmentPeriod contractPeriod(LocalDate decisionDate, DecisionParameters p) {
        YearMonth from = YearMonth.from(decisionDate);
        return new AssignmentPeriod(from, from.plusMonths(p.contractTermMonths() - 1L));
    }

    private static Explanation.Step periodStep(boolean unconditional, AssignmentPeriod period) {
        Map<String, String> f = figures(
                "from", period.from().toString(),
                "to", period.to().toString(),
                "months", Integer.toString(period.months()));
        if (unconditional) {
            f.put("basis", "quarter-of-application");
            return step("ELIG-12", ART_PERIOD, "period", f, "QUARTER_OF_APPLICATION");
        }
        f.put("basis", "contract-term-from-decision-month");
        f.put("provisional", "true");
        return step("ELIG-13", ART_PERIOD, "period", f, "CONTRACT_TERM_PROVISIONAL");
    }

    /** One share per member in input order, each the same per-member amount (ELIG-04), with CON-07/08 facts. */
    private static List<MemberShare> shares(EligibilityCase c, DecisionParameters p, Tenge share) {
        List<MemberShare> shares = new ArrayList<>(c.members().size());
        for (FamilyMember m : c.members()) {
            shares.add(new MemberShare(m.iin(), share, Ages.ableBodied(m, p, c.applicationDate()),
                    m.fullTimeStudent(), m.turns(Ages.ADULT_YEARS), m.turns(Ages.STUDENT_LIMIT_YEARS)));
        }
        return shares;
    }

    private static Decision.Refused refused(String ruleId, String reason, Tenge perCapitaIncome, Tenge pl,
                                            List<Explanation.Step> steps) {
        steps.add(step("ELIG-15", ART_EXPLANATION, "outcome", figures(
                "refusedBy", ruleId,
                "reason", reason,
                "perCapitaIncome", perCapitaIncome.toString(),
                "povertyLine", pl.toString()),
                "REFUSED"));
        return new Decision.Refused(ruleId, reason, perCapitaIncome, pl, new Explanation(steps));
    }

    static Explanation.Step step(String ruleId, String article, String code, Map<String, String> figures,
                                 String outcome) {
        return new Explanation.Step(ruleId, article, code, figures, outcome);
    }

    /** Ordered figures from name/value pairs. */
    static Map<String, String> figures(String... namesAndValues) {
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            f.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return f;
    }
}
