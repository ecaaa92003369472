package kz.gov.tsa.eligibility.domain.reference;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * REF-03: one item of the food basket — names in Kazakh, Russian and English, the yearly consumption
 * norm per person and the energy per unit. {@code placeholder} marks an item that is not from the
 * official list (MLSPP order on the SM method): a basket with such an item is shown but never feeds a
 * subsistence minimum.
 *
 * @param yearlyNorm  units per person per year (e.g. 105.850 kg of bread)
 * @param kcalPerUnit kilocalories per unit (per kg, litre or piece)
 */
public record BasketItem(String code, String nameKk, String nameRu, String nameEn, BasketUnit unit,
                         BigDecimal yearlyNorm, BigDecimal kcalPerUnit, boolean placeholder) implements ReferenceValue {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    public BasketItem {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an item code is 1-40 capital letters, digits or _");
        }
        nameKk = name(nameKk, "nameKk");
        nameRu = name(nameRu, "nameRu");
        nameEn = name(nameEn, "nameEn");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(yearlyNorm, "yearlyNorm");
        Objects.requireNonNull(kcalPerUnit, "kcalPerUnit");
        if (yearlyNorm.signum() <= 0) {
            throw new IllegalArgumentException("a yearly norm is positive");
        }
        if (kcalPerUnit.signum() < 0) {
            throw new IllegalArgumentException("energy per unit is not negative");
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static String name(String name, String field) {
        Objects.requireNonNull(name, field);
        if (name.isBlank()) {
            throw new IllegalArgumentException(field + " is not blank");
        }
        return name.strip();
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.BASKET_ITEM;
    }

    @Override
    public String key() {
        return code;
    }

    /** e.g. {@code 105.85 kg/year, 2420 kcal/kg}. */
    @Override
    public String text() {
        return yearlyNorm.stripTrailingZeros().toPlainString() + " " + unit.symbol() + "/year, "
                + kcalPerUnit.stripTrailingZeros().toPlainString() + " kcal/" + unit.symbol()
                + (placeholder ? " (placeholder)" : "");
    }
}
