package kz.gov.tsa.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of tenge with two decimals (tiyn). REF-08, the one rounding rule of the suite: every computed
 * amount is rounded HALF_UP to the tiyn at the step that produces it (per-capita income, per-member share);
 * derived totals are sums or products of already rounded amounts, so the parts always add up to the whole.
 * Never binary floating point.
 */
public record Tenge(BigDecimal value) implements Comparable<Tenge> {

    /** Two decimals: the tiyn. */
    public static final int SCALE = 2;
    /** REF-08: half up, at the step that produces an amount. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Tenge ZERO = new Tenge(BigDecimal.ZERO);

    /** Rounds {@code value} to the tiyn by {@link #ROUNDING}. */
    public Tenge {
        Objects.requireNonNull(value, "value");
        value = value.setScale(SCALE, ROUNDING);
    }

    /** From a decimal string such as {@code "35596.01"}; never from a {@code double}. */
    public static Tenge of(String value) {
        return new Tenge(new BigDecimal(value));
    }

    /** Whole tenge. */
    public static Tenge of(long tenge) {
        return new Tenge(BigDecimal.valueOf(tenge));
    }

    /** The exact quotient rounded by {@link #ROUNDING} to the tiyn. */
    public static Tenge divide(BigDecimal dividend, BigDecimal divisor) {
        return new Tenge(dividend.divide(divisor, SCALE, ROUNDING));
    }

    public Tenge plus(Tenge other) {
        return new Tenge(value.add(other.value));
    }

    public Tenge minus(Tenge other) {
        return new Tenge(value.subtract(other.value));
    }

    public Tenge times(long factor) {
        return new Tenge(value.multiply(BigDecimal.valueOf(factor)));
    }

    /** {@code this × fraction}, rounded to the tiyn (e.g. 50 % of SM). */
    public Tenge times(BigDecimal fraction) {
        return new Tenge(value.multiply(fraction));
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public int compareTo(Tenge o) {
        return value.compareTo(o.value);
    }

    /** The plain decimal with two places, e.g. {@code 4761.90}. */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
