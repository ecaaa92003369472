package kz.gov.tsa.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IinTest {

    private static final byte[] KEY = key(0);
    private static final byte[] OTHER_KEY = key(1);

    private static byte[] key(int first) {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (first + i);
        }
        return k;
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300126", "850525401233", "150312500455", "120710600787", "000229500995"})
    void validIinsPassTheChecksum(String iin) {
        assertThat(Iin.isValid(iin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"900101300127", "90010130012", "9001013001266", "90010130012a", "901301300126",
            "900101000126", "010229500995", "", "９00101300126"})
    void wrongCheckDigitLengthCharactersDateOrCenturyAreRejected(String iin) {
        assertThat(Iin.isValid(iin)).isFalse();
        assertThatThrownBy(() -> Iin.parse(iin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(iin.length() > 6 ? iin : "\u0000");
    }

    @Test
    void theBirthDateCenturyAndSexComeFromTheNumber() {
        assertThat(Iin.parse("900101300126").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(Iin.parse("900101300126").sex()).isEqualTo(Sex.MALE);
        assertThat(Iin.parse("850525401233").sex()).isEqualTo(Sex.FEMALE);
        assertThat(Iin.parse("150312500455").birthDate()).isEqualTo(LocalDate.of(2015, 3, 12));
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(Iin.parse("900101300126")).hasToString("9001******26");
        assertThat(Iin.mask(null)).isEqualTo("****");
    }

    @Test
    void theKeyedHashIsHmacSha256InLowerCaseHexAndStable() {
        Iin iin = Iin.parse("900101300126");
        // HMAC-SHA256(key = bytes 0..31, "900101300126"), computed independently
        assertThat(iin.keyedHash(KEY))
                .isEqualTo("3c4b862666b8f434359092d8a62e6f2493b5ffefa49d665748495ef8a29ba838")
                .isEqualTo(Iin.parse("900101300126").keyedHash(KEY.clone()))
                .isEqualTo(IinHasher.ofBase64(Base64.getEncoder().encodeToString(KEY)).hash(iin))
                .matches("[0-9a-f]{64}")
                .doesNotContain("900101");
    }

    @Test
    void theKeyedHashDependsOnTheKeyAndThePerson() {
        Iin iin = Iin.parse("900101300126");
        assertThat(iin.keyedHash(OTHER_KEY))
                .isEqualTo("525450002d421b291ee6006c9f511426604720925b639422f48416cce5a2ed0b")
                .isNotEqualTo(iin.keyedHash(KEY));
        assertThat(Iin.parse("850525401233").keyedHash(KEY)).isNotEqualTo(iin.keyedHash(KEY));
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedAndNeverShown() {
        assertThatThrownBy(() -> Iin.parse("900101300126").keyedHash(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> IinHasher.of(null)).isInstanceOf(NullPointerException.class);
        byte[] secret = KEY.clone();
        IinHasher hasher = IinHasher.of(secret);
        String before = hasher.hash(Iin.parse("900101300126"));
        secret[0] = 42;
        assertThat(hasher.hash(Iin.parse("900101300126"))).as("the hasher keeps its own copy").isEqualTo(before);
        assertThat(hasher.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY)).contains("hidden");
    }
}
