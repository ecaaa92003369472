package kz.gov.tsa.web;

import static kz.gov.tsa.web.ProblemMessages.ENGLISH;
import static kz.gov.tsa.web.ProblemMessages.KAZAKH;
import static kz.gov.tsa.web.ProblemMessages.RUSSIAN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidIinTest {

    private final ValidIin.Validator validator = new ValidIin.Validator();

    @Test
    void aValidIinPassesAndNullIsLeftToNotNull() {
        assertThat(validator.isValid("900101300126", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void aWrongCheckDigitOrShapeFails() {
        assertThat(validator.isValid("900101300127", null)).isFalse();
        assertThat(validator.isValid("90010130012", null)).isFalse();
        assertThat(validator.isValid("90010130012x", null)).isFalse();
        assertThat(validator.isValid("", null)).isFalse();
    }

    @Test
    void theViolationTextIsTheLibrarysInAllThreeLanguages() {
        assertThat(ProblemMessages.text(KAZAKH, "tsa.iin.invalid")).startsWith("ЖСН дұрыс емес");
        assertThat(ProblemMessages.text(RUSSIAN, "tsa.iin.invalid")).startsWith("Неверный ИИН");
        assertThat(ProblemMessages.text(ENGLISH, "tsa.iin.invalid")).startsWith("Not a valid IIN");
    }
}
