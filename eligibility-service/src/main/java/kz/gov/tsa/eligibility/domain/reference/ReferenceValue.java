package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.RegionCode;

import java.util.Optional;

/**
 * The value of one version of a dated reference parameter. Every kind of value knows its parameter
 * and the key of its timeline (the versions of one key never overlap in time).
 */
public sealed interface ReferenceValue
        permits Mci, FoodSplit, RetirementAge, ContractTerm, IncomePeriodLength, PovertyLineMethod, BasketItem, BasketPrice, RegionalFigure {

    ReferenceParameter parameter();

    /** The timeline this value belongs to, e.g. {@code SOCIAL_PAYMENTS}, {@code FEMALE}, {@code 750000000}. */
    String key();

    /** The value as plain text, e.g. {@code 3180.00} (kept with a decision's parameter versions). */
    String text();

    /** The region of a regional value; empty for a national one. */
    default Optional<RegionCode> region() {
        return Optional.empty();
    }
}
