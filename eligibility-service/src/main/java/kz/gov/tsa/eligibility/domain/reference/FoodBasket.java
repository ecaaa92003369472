package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * REF-03: the food basket in force for a quarter — its items with their yearly norms per person. It
 * costs {@code Σ price × norm / 12} a month (each item's monthly cost rounded HALF_UP to the tiyn, the
 * total is the sum of the rounded parts, REF-08) and gives {@code Σ norm × kcal / 365} kilocalories a
 * day, checked against the {@value #ENERGY_TARGET_KCAL_PER_DAY} kcal the basket must provide.
 */
public record FoodBasket(List<BasketItem> items) {

    /** REF-03: the energy the 43-item basket gives per person per day (the rule's own figure). */
    public static final int ENERGY_TARGET_KCAL_PER_DAY = 2175;

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS = BigDecimal.valueOf(365);

    public FoodBasket {
        items = List.copyOf(items);
        Set<String> codes = new LinkedHashSet<>();
        for (BasketItem item : items) {
            if (!codes.add(item.code())) {
                throw new IllegalArgumentException("basket item " + item.code() + " is listed twice");
            }
        }
    }

    /** True when any item is not from the official list: such a basket never feeds a subsistence minimum. */
    public boolean isPlaceholder() {
        return items.stream().anyMatch(BasketItem::placeholder);
    }

    /** The codes of the items that have no price in {@code prices}, in basket order. */
    public List<String> unpriced(Set<String> pricedCodes) {
        return items.stream().map(BasketItem::code).filter(c -> !pricedCodes.contains(c)).toList();
    }

    /** The energy check, independent of prices. */
    public Energy energy() {
        BigDecimal perYear = items.stream()
                .map(i -> i.yearlyNorm().multiply(i.kcalPerUnit()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = BigDecimal.valueOf(ENERGY_TARGET_KCAL_PER_DAY);
        return new Energy(perYear.divide(DAYS, 1, RoundingMode.HALF_UP), target,
                perYear.compareTo(target.multiply(DAYS)) >= 0);
    }

    /**
     * The monthly cost with the given price per unit of every item.
     *
     * @throws IllegalArgumentException when an item has no price (check {@link #unpriced} first)
     */
    public Cost cost(Map<String, Tenge> pricePerUnit) {
        Objects.requireNonNull(pricePerUnit, "pricePerUnit");
        List<String> missing = unpriced(pricePerUnit.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no price for " + missing);
        }
        List<ItemCost> lines = new ArrayList<>();
        Tenge total = Tenge.ZERO;
        for (BasketItem item : items) {
            Tenge price = pricePerUnit.get(item.code());
            Tenge monthly = Tenge.divide(price.value().multiply(item.yearlyNorm()), MONTHS);
            BigDecimal kcal = item.yearlyNorm().multiply(item.kcalPerUnit()).divide(DAYS, 1, RoundingMode.HALF_UP);
            lines.add(new ItemCost(item, price, monthly, kcal));
            total = total.plus(monthly);
        }
        return new Cost(lines, total, energy(), isPlaceholder());
    }

    /**
     * @param kcalPerDay rounded HALF_UP to 0.1 kcal (for display)
     * @param meetsTarget compared exactly, before rounding
     */
    public record Energy(BigDecimal kcalPerDay, BigDecimal targetKcalPerDay, boolean meetsTarget) {
    }

    /** One line of the cost: the item, its price per unit, its monthly cost per person and its energy a day. */
    public record ItemCost(BasketItem item, Tenge pricePerUnit, Tenge monthlyCost, BigDecimal kcalPerDay) {
    }

    /** The monthly cost per person of the whole basket, line by line, with the energy check. */
    public record Cost(List<ItemCost> lines, Tenge monthlyCost, Energy energy, boolean placeholder) {
        public Cost {
            lines = List.copyOf(lines);
        }
    }
}
