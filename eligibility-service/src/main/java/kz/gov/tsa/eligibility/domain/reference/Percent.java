package kz.gov.tsa.eligibility.domain.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** Checks and normalises the percentages of reference values: two decimals, exact fractions (never floating point). */
final class Percent {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** {@code percent} with scale 2, checked to lie in {@code (0, 100]}. */
    static BigDecimal of(BigDecimal percent, String name) {
        Objects.requireNonNull(percent, name);
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(name + " lies in (0, 100]");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " has at most two decimals");
        }
        return percent.setScale(2);
    }

    /** The exact fraction: 55.00 → 0.5500. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    static String text(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString();
    }
}
