package kz.gov.tsa.testing.persons;

import kz.gov.tsa.kernel.Iin;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestIinsTest {

    @Test
    void ELIG01_everyTestIinOfABirthDateIsValidAndNewUntilTheSerialsRunOutThenItSaysSo() {
        Set<String> seen = new HashSet<>();
        assertThatThrownBy(() -> {
            while (true) {
                String iin = TestIins.woman("1911-11-11");
                assertThat(Iin.isValid(iin)).as(iin).isTrue();
                assertThat(iin).startsWith("1111114");
                assertThat(seen.add(iin)).as("a person given twice: " + iin).isTrue();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("1911-11-11");
        // the serials with a check digit: most of the 10 000 (the registry skips the others)
        assertThat(seen).hasSizeGreaterThan(9_000).hasSizeLessThanOrEqualTo(10_000);
        // another birth date or sex has serials of its own
        assertThat(Iin.isValid(TestIins.man("1911-11-11"))).isTrue();
        assertThat(Iin.isValid(TestIins.woman("1911-11-12"))).isTrue();
    }
}
