package kz.gov.tsa.eligibility.domain.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ELIG-15: the ordered steps of a decision — each with its rule ID, law article, the figures it
 * used and its outcome — from which the REST adapter renders a text in kk, ru or en.
 */
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param ruleId  e.g. {@code ELIG-04}
     * @param article the law article the rulebook cites, e.g. {@code TSA Law art. 2 p. 1}
     * @param code    a stable step code, also the message key of its text, e.g. {@code per-capita-income}
     * @param figures the inputs and results of the step (name → plain value), in order
     * @param outcome a stable outcome code, e.g. {@code BELOW_POVERTY_LINE}, {@code REFUSED}
     */
    public record Step(String ruleId, String article, String code, Map<String, String> figures, String outcome) {
        public Step {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(outcome, "outcome");
            figures = figures == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /** Every rule ID the decision applied, in order, without repeats. */
    public List<String> ruleIds() {
        return steps.stream().map(Step::ruleId).distinct().toList();
    }
}
