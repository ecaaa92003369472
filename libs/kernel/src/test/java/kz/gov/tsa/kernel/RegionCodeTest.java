package kz.gov.tsa.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @Test
    void theTwentyRegionsOf2022OnwardAreKnown() {
        assertThat(RegionCode.all()).hasSize(20).extracting(RegionCode::value)
                .contains("100000000", "330000000", "620000000", "710000000", "750000000", "790000000")
                .allMatch(code -> code.endsWith("0000000"));
        assertThat(new RegionCode("750000000")).hasToString("750000000").isEqualTo(RegionCode.of("750000000"));
        assertThat(RegionCode.isKnown("750000000")).isTrue();
        assertThat(RegionCode.isKnown("999000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"75111", "7500000000", "75000000a", "999000000", "000000000", "751110000", "510000000"})
    void anyOtherCodeIsRefused(String code) {
        assertThatThrownBy(() -> new RegionCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRegionsCreatedIn2022AreValidOnlyFromTheirCreation() {
        RegionCode abai = RegionCode.of("100000000");
        assertThat(abai.validFrom()).contains(LocalDate.of(2022, 6, 8));
        assertThat(abai.isValidOn(LocalDate.of(2022, 6, 7))).isFalse();
        assertThat(abai.isValidOn(LocalDate.of(2022, 6, 8))).isTrue();
        assertThat(RegionCode.of("750000000").isValidOn(LocalDate.of(2018, 1, 1))).isTrue();
        assertThat(RegionCode.of("750000000").validFrom()).isEmpty();
        assertThat(RegionCode.validOn(LocalDate.of(2021, 12, 31))).hasSize(17)
                .doesNotContain(abai, RegionCode.of("330000000"), RegionCode.of("620000000"));
        assertThat(RegionCode.validOn(LocalDate.of(2026, 11, 25))).hasSize(20);
    }
}
