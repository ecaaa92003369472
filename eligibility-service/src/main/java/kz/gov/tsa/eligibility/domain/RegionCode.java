package kz.gov.tsa.eligibility.domain;

import java.util.Objects;

/** KATO code of an oblast or a city of republican significance: nine digits (e.g. 750000000 Almaty city). */
public record RegionCode(String value) {
    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("\\d{9}")) {
            throw new IllegalArgumentException("a KATO region code has 9 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
