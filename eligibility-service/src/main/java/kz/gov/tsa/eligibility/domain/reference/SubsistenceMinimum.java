package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * REF-01 / REF-02: the subsistence minimum of a region for a quarter and how it was obtained — computed
 * from the food basket's cost and the split in force ({@code SM = food cost / food share}) when the region
 * has prices for the quarter and the basket is the official one, otherwise the published (entered or
 * seeded) figure.
 *
 * @param foodBasketCost monthly food-basket cost (FOOD_BASKET only, else null)
 * @param split          the split version used (FOOD_BASKET only, else null)
 * @param placeholderBasketIgnored the region has prices for the quarter, but the basket in force is a
 *                       placeholder, so the published figure was used
 * @param versions       every stored version the value rests on
 */
public record SubsistenceMinimum(RegionCode region, Quarter quarter, Tenge value, Basis basis, Tenge foodBasketCost,
                                 Version<FoodSplit> split, boolean placeholderBasketIgnored,
                                 List<Version<?>> versions) {

    /** How the value was obtained. */
    public enum Basis { FOOD_BASKET, PUBLISHED }

    public SubsistenceMinimum {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        versions = List.copyOf(versions);
    }

    /**
     * REF-02: {@code SM = cost / food share} of the split in force.
     *
     * @param basketVersions the item and price versions the cost rests on
     */
    public static SubsistenceMinimum fromBasket(RegionCode region, Quarter quarter, FoodBasket.Cost cost,
                                                Version<FoodSplit> split, List<Version<?>> basketVersions) {
        if (cost.placeholder()) {
            throw new IllegalArgumentException("a placeholder basket never gives a subsistence minimum");
        }
        if (!split.validity().covers(quarter.firstDay())) {
            throw new IllegalArgumentException("the split is not in force in " + quarter);
        }
        List<Version<?>> used = new ArrayList<>();
        used.add(split);
        used.addAll(basketVersions);
        return new SubsistenceMinimum(region, quarter, split.value().subsistenceMinimum(cost.monthlyCost()),
                Basis.FOOD_BASKET, cost.monthlyCost(), split, false, used);
    }

    /** The published (or entered) figure of the region for the quarter. */
    public static SubsistenceMinimum published(Quarter quarter, Version<RegionalFigure> figure,
                                               boolean placeholderBasketIgnored) {
        if (figure.parameter() != ReferenceParameter.SUBSISTENCE_MINIMUM) {
            throw new IllegalArgumentException("not a subsistence minimum");
        }
        return new SubsistenceMinimum(figure.value().regionCode(), quarter, figure.value().amount(), Basis.PUBLISHED,
                null, null, placeholderBasketIgnored, List.of(figure));
    }

    /** The non-food part (REF-02), so that food + non-food = SM exactly. Null unless computed from the basket. */
    public Tenge nonFoodPart() {
        return foodBasketCost == null ? null : value.minus(foodBasketCost);
    }
}
