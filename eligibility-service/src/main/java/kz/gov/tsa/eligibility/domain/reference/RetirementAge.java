package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Sex;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * ELIG-06: the general retirement age of one sex, in years; women's ages rise by half a year per year
 * (58.5, 59, … REFERENCE-DATA §5).
 */
public record RetirementAge(Sex sex, BigDecimal years) implements ReferenceValue {

    public RetirementAge {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(years, "years");
        if (years.compareTo(BigDecimal.valueOf(40)) < 0 || years.compareTo(BigDecimal.valueOf(80)) > 0) {
            throw new IllegalArgumentException("a retirement age lies between 40 and 80 years");
        }
        if (years.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("a retirement age has at most one decimal");
        }
        years = years.setScale(1);
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.RETIREMENT_AGE;
    }

    @Override
    public String key() {
        return sex.name();
    }

    /** e.g. {@code 58.5}, {@code 63}. */
    @Override
    public String text() {
        return years.stripTrailingZeros().toPlainString();
    }
}
