package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;
import java.util.Optional;

/** REF-03: the price of one unit of a basket item in a region, for one quarter (the version's validity). */
public record BasketPrice(RegionCode regionCode, String itemCode, Tenge price) implements ReferenceValue {

    public BasketPrice {
        Objects.requireNonNull(regionCode, "regionCode");
        if (!BasketItem.isCode(itemCode)) {
            throw new IllegalArgumentException("not a basket item code");
        }
        Objects.requireNonNull(price, "price");
        if (!price.isPositive()) {
            throw new IllegalArgumentException("a price is positive");
        }
    }

    /** The timeline key of a price: {@code <region>/<item>}. */
    public static String key(RegionCode region, String itemCode) {
        return region.value() + "/" + itemCode;
    }

    @Override
    public ReferenceParameter parameter() {
        return ReferenceParameter.BASKET_PRICE;
    }

    @Override
    public String key() {
        return key(regionCode, itemCode);
    }

    @Override
    public String text() {
        return price.toString();
    }

    @Override
    public Optional<RegionCode> region() {
        return Optional.of(regionCode);
    }
}
