package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Iin;

import java.util.Objects;

/**
 * ELIG-07 / CON-09 (4): whom a member cares for, as the application records it — a member of the family (by IIN), or
 * a person outside the family, named by IIN with who it is ({@code outsideFamily}, e.g. "mother, lives separately").
 *
 * @param outsideFamily null for a member of the family; else who the person is
 */
public record CareFor(CareDuty duty, Iin person, String outsideFamily) {
    public CareFor {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(person, "person");
        if (outsideFamily != null && outsideFamily.isBlank()) {
            throw new IllegalArgumentException("a person outside the family is described");
        }
    }

    public boolean isOutsideFamily() {
        return outsideFamily != null;
    }
}
