package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;

/**
 * REF-02: the shares of the subsistence minimum (REF-01) spent on the food basket and on non-food goods
 * and services, in percent; they add up to 100. Until 2017-12-31 60 / 40, from 2018-01-01 55 / 45.
 */
public record FoodSplit(BigDecimal foodPercent, BigDecimal nonFoodPercent) implements ReferenceValue {

    public FoodSplit {
        foodPercent = Percent.of(foodPercent, "foodPercent");
        nonFoodPercent = Percent.of(nonFoodPercent, "nonFoodPercent");
        if (foodPercent.add(nonFoodPercent).compareTo(Percent.HUNDRED) != 0) {
            throw new IllegalArgumentException("the food and non-food shares add up to 100 %");
        }
    }

    /** REF-02: SM = food-basket cost / food share, rounded to the tiyn (REF-08). */
    public Tenge subsistenceMinimum(Tenge foodBasketCost) {
        return Tenge.divide(foodBasketCost.value(), Percent.fraction(foodPercent));
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.FOOD_SPLIT;
    }

    @Override
    public String key() {
        return ReferenceParameter.NATIONAL_KEY;
    }

    /** e.g. {@code 55/45}. */
    @Override
    public String text() {
        return Percent.text(foodPercent) + "/" + Percent.text(nonFoodPercent);
    }
}
