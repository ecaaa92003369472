package kz.gov.tsa.kernel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TengeTest {

    @Test
    void REF08_everyAmountHasTwoDecimalsRoundedHalfUp() {
        assertThat(Tenge.of("1000.005")).isEqualTo(Tenge.of("1000.01")); // HALF_EVEN would give 1000.00
        assertThat(Tenge.of("1000.004")).isEqualTo(Tenge.of("1000.00"));
        assertThat(Tenge.of("-0.005")).isEqualTo(Tenge.of("-0.01"));
        assertThat(Tenge.of(5).value().scale()).isEqualTo(2);
        assertThat(Tenge.of(5)).hasToString("5.00");
    }

    @Test
    void REF08_aQuotientIsOneExactDivisionRoundedHalfUpToTheTiyn() {
        assertThat(Tenge.divide(new BigDecimal("100000.00"), BigDecimal.valueOf(21))).isEqualTo(Tenge.of("4761.90"));
        assertThat(Tenge.divide(new BigDecimal("6000.03"), BigDecimal.valueOf(6))).isEqualTo(Tenge.of("1000.01"));
        assertThat(Tenge.divide(new BigDecimal("150000"), BigDecimal.valueOf(9))).isEqualTo(Tenge.of("16666.67"));
    }

    @Test
    void REF08_derivedAmountsAreSumsAndProductsOfRoundedParts() {
        Tenge share = Tenge.of("10384.90");
        assertThat(share.times(2)).isEqualTo(Tenge.of("20769.80"));
        assertThat(share.plus(share).minus(share)).isEqualTo(share);
        assertThat(Tenge.of("50851").times(new BigDecimal("0.7"))).isEqualTo(Tenge.of("35595.70"));
        assertThat(Tenge.of("40567").times(new BigDecimal("0.7"))).isEqualTo(Tenge.of("28396.90"));
        assertThat(Tenge.of("0.01").isPositive()).isTrue();
        assertThat(Tenge.ZERO.minus(Tenge.of("0.01")).isNegative()).isTrue();
        assertThat(Tenge.of("2.00").compareTo(Tenge.of("10.00"))).isNegative();
        assertThat(Tenge.of("2.0")).isEqualTo(Tenge.of("2"));
    }
}
