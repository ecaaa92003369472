package kz.gov.tsa.eligibility.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IinTest {

    @ParameterizedTest
    @ValueSource(strings = {"900101300126", "850525401233", "150312500455", "120710600787", "000229500995"})
    void validIinsPassTheChecksum(String iin) {
        assertThat(Iin.isValid(iin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300127", "90010130012", "9001013001266", "90010130012a", "901301300126",
            "900101000126", "010229500995", ""})
    void wrongCheckDigitLengthCharactersDateOrCenturyAreRejected(String iin) {
        assertThat(Iin.isValid(iin)).isFalse();
        assertThatThrownBy(() -> Iin.parse(iin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(iin.length() > 6 ? iin : "\u0000");
    }

    @Test
    void theBirthDateAndCenturyComeFromTheNumber() {
        assertThat(Iin.parse("900101300126").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(Iin.parse("150312500455").birthDate()).isEqualTo(LocalDate.of(2015, 3, 12));
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(Iin.parse("900101300126")).hasToString("9001******26");
    }
}
