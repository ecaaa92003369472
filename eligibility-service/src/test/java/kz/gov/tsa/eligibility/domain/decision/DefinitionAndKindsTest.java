package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static kz.gov.tsa.eligibility.domain.CareDuty.CHILD_UNDER_7;
import static kz.gov.tsa.eligibility.domain.decision.Families.PL;
import static kz.gov.tsa.eligibility.domain.decision.Families.child;
import static kz.gov.tsa.eligibility.domain.decision.Families.family;
import static kz.gov.tsa.eligibility.domain.decision.Families.man;
import static kz.gov.tsa.eligibility.domain.decision.Families.woman;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ELIG-01 (TSA Law art. 1 p. 4): TSA is a cash payment to families whose average monthly per-capita income is below
 * the PL; ELIG-05 (art. 1 pp. 9, 10): it comes in exactly two kinds, unconditional and conditional. PL 35 596.00.
 */
class DefinitionAndKindsTest {

    @Test
    void ELIG01_onlyAFamilyBelowTheLineIsPaid_atTheLineNothing_oneTiynBelowACashAmount() {
        // two members: at the line 213 576.00 / 3 / 2 = 35 596.00; one tiyn below 213 575.94 → 35 595.99
        Decision atTheLine = family().with(man(40), woman(38)).quarterIncome("213576.00").decide();
        assertThat(atTheLine).isInstanceOf(Decision.Refused.class);

        Decision below = family().with(man(40), woman(38)).quarterIncome("213575.94").decide();
        assertThat(below).isInstanceOfSatisfying(Decision.Assignment.class, a -> {
            assertThat(a.perCapitaIncome()).isEqualTo(Tenge.of("35595.99"));
            assertThat(a.perCapitaIncome().compareTo(PL)).isNegative();
            // a cash payment in tenge, per month, to the family (each member's share adds up to it)
            assertThat(a.monthlyAmount()).isEqualTo(Tenge.of("0.02"));
            assertThat(a.shares().stream().map(MemberShare::monthlyAmount).reduce(Tenge.ZERO, Tenge::plus))
                    .isEqualTo(a.monthlyAmount());
        });
        // the summary cites the definition's article (ELIG-15 has none of its own)
        Explanation.Step summary = below.explanation().steps().getLast();
        assertThat(summary.ruleId()).isEqualTo("ELIG-15");
        assertThat(summary.article()).isEqualTo("TSA Law art. 1 p. 4");
    }

    @Test
    void ELIG05_everyAssignmentIsOfExactlyOneOfTwoKinds() {
        assertThat(Arrays.stream(Decision.Assignment.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .containsExactlyInAnyOrder("Unconditional", "Conditional");

        List<Decision> decisions = List.of(
                family().with(man(40)).decide(),                                    // able-bodied alone
                family().with(woman(70)).decide(),                                  // retired alone
                family().with(woman(30).caring(CHILD_UNDER_7), child(3)).decide(),  // caring for a small child
                family().with(man(35), woman(30), child(2)).decide());              // able-bodied parents
        assertThat(decisions).allSatisfy(d -> {
            assertThat(d).isInstanceOf(Decision.Assignment.class);
            boolean unconditional = d instanceof Decision.Unconditional;
            List<String> rules = d.explanation().ruleIds();
            String kind = d.explanation().steps().getLast().figures().get("kind");
            assertThat(kind).isEqualTo(unconditional ? "UNCONDITIONAL" : "CONDITIONAL");
            // unconditional: ELIG-06/07 and the quarter (ELIG-12); conditional: ELIG-08, a contract (ELIG-09), ELIG-13
            assertThat(rules.contains("ELIG-08")).isEqualTo(!unconditional);
            assertThat(rules.contains("ELIG-09")).isEqualTo(!unconditional);
            assertThat(rules.contains(unconditional ? "ELIG-12" : "ELIG-13")).isTrue();
        });
        assertThat(decisions).extracting(d -> d.getClass().getSimpleName())
                .containsExactly("Conditional", "Unconditional", "Unconditional", "Conditional");
    }
}
