package kz.gov.tsa.eligibility.domain.reference;

/** The unit a basket item's norm, price and energy are counted in. */
public enum BasketUnit {
    KG("kg"), LITRE("l"), PIECE("pcs");

    private final String symbol;

    BasketUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
