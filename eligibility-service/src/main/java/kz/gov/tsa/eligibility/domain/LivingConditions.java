package kz.gov.tsa.eligibility.domain;

/**
 * Living conditions recorded by the needs assessment (ELIG-14): housing, subsidiary farm, car.
 * Recorded and shown to the commission; the 2018 rules make no decision depend on them.
 */
public record LivingConditions(boolean ownsHousing, boolean subsidiaryFarm, boolean ownsCar, int livingAreaSquareMetres) {
    public static final LivingConditions NOT_RECORDED = new LivingConditions(false, false, false, 0);

    public LivingConditions {
        if (livingAreaSquareMetres < 0) {
            throw new IllegalArgumentException("living area is not negative");
        }
    }
}
