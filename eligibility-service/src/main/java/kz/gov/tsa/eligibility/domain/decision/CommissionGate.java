package kz.gov.tsa.eligibility.domain.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ELIG-10 in front of the rules: the decision follows the precinct commission's conclusion. When
 * the commission did not confirm the declared situation, the application is refused citing ELIG-10;
 * otherwise {@link EligibilityPolicy} decides. Pure and deterministic, so a stored decision can be
 * replayed from its stored inputs.
 */
public final class CommissionGate {

    static final String ARTICLE = "TSA Law art. 1 p. 7";

    private CommissionGate() {
    }

    public static Decision decide(EligibilityCase c, DecisionParameters p, boolean factsConfirmed) {
        Decision byRules = EligibilityPolicy.decide(c, p);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("factsConfirmed", String.valueOf(factsConfirmed));
        Explanation.Step commission = new Explanation.Step("ELIG-10", ARTICLE, "commission-conclusion", figures,
                factsConfirmed ? "CONFIRMED" : "NOT_CONFIRMED");
        List<Explanation.Step> steps = new ArrayList<>();
        steps.add(commission);
        if (factsConfirmed) {
            steps.addAll(byRules.explanation().steps());
            Explanation explanation = new Explanation(steps);
            return switch (byRules) {
                case Decision.Unconditional u -> new Decision.Unconditional(u.perCapitaIncome(), u.povertyLine(),
                        u.monthlyAmount(), u.period(), u.shares(), explanation);
                case Decision.Conditional k -> new Decision.Conditional(k.perCapitaIncome(), k.povertyLine(),
                        k.monthlyAmount(), k.period(), k.shares(), explanation);
                case Decision.Refused r -> new Decision.Refused(r.ruleId(), r.reason(), r.perCapitaIncome(),
                        r.povertyLine(), explanation);
            };
        }
        steps.add(new Explanation.Step("ELIG-15", "TSA Law art. 1 p. 7", "outcome",
                Map.of("refusedBy", "ELIG-10"), "REFUSED"));
        return new Decision.Refused("ELIG-10", "commission-did-not-confirm", byRules.perCapitaIncome(),
                byRules.povertyLine(), new Explanation(steps));
    }
}
