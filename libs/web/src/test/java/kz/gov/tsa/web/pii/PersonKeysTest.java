package kz.gov.tsa.web.pii;

import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonKeysTest {

    private static final String DEV_DEFAULT = "dev-only-person-key-not-for-production-0000";

    @Test
    void theKeyIsTheHmacOfTheIinUnderTheConfiguredSecret() {
        Iin iin = Iin.parse("900101300126");
        String key = new PersonKeys(() -> DEV_DEFAULT).personKey(iin);
        assertThat(key)
                .isEqualTo(IinHasher.of(DEV_DEFAULT.getBytes(StandardCharsets.UTF_8)).hash(iin))
                .matches("[0-9a-f]{64}")
                .doesNotContain("900101");
        assertThat(new PersonKeys(() -> "another-secret-of-at-least-32-characters").personKey(iin)).isNotEqualTo(key);
    }

    @Test
    void aSecretShorterThan32CharactersIsRefusedAtStart() {
        assertThatThrownBy(() -> new PersonKeys(() -> "too-short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tsa.pii.person-key");
    }
}
