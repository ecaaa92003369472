package kz.gov.tsa.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void anAcceptedOutcomeMapsAndYieldsItsValue() {
        Outcome<Integer> o = Outcome.accepted(2);
        assertThat(o.map(i -> i * 3).orElseThrow()).isEqualTo(6);
        assertThat(o.isRefused()).isFalse();
        assertThat(o.refusalIfAny()).isEmpty();
    }

    @Test
    void aRefusalPassesThroughMapAndFlatMapUnchangedAndIsThrownOnlyAtTheEdge() {
        Refusal refusal = Refusal.conflict("ELIG-10", "decision.commission-conclusion-missing")
                .withField("id", "x.y", 1).with("applicationId", "a");
        Outcome<Integer> o = refusal.outcome();
        Outcome<String> mapped = o.map(String::valueOf).flatMap(s -> Outcome.accepted(s + "!"));
        assertThat(mapped.refusalIfAny()).contains(refusal);
        assertThatThrownBy(mapped::orElseThrow).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void aRefusalPrintsNoArgumentsInLogs() {
        Refusal refusal = Refusal.unprocessable("ELIG-01", "family.member-elsewhere", "900101300126")
                .withField("members[0].iin", "family.member-elsewhere.field", "900101300126");
        assertThat(refusal.toString()).contains("ELIG-01", "members[0].iin").doesNotContain("900101300126");
        assertThat(refusal.fields()).hasSize(1);
        assertThat(refusal.args()).containsExactly("900101300126");
    }
}
