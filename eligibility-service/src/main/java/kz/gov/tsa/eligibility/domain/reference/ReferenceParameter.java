package kz.gov.tsa.eligibility.domain.reference;

/**
 * The dated reference parameters of RULES.md §1 (and the two of §2–3 a decision needs), each with the
 * rule that needs it. A missing value is reported by this name, its key and the date — never replaced
 * by a default.
 *
 * <p>Keys: national parameters have one timeline ({@link #NATIONAL_KEY}) or one per purpose / sex /
 * item; regional ones one per region (and item). Quarterly parameters hold one version per quarter:
 * its validity is the quarter.
 */
public enum ReferenceParameter {
    /** REF-07: the monthly calculation index per purpose. */
    MCI("REF-07", Scope.NATIONAL, false),
    /** REF-02: the food / non-food split of the subsistence minimum. */
    FOOD_SPLIT("REF-02", Scope.NATIONAL, false),
    /** ELIG-06: the retirement age per sex. */
    RETIREMENT_AGE("ELIG-06", Scope.NATIONAL, false),
    /** CON-04: the social contract's term in months. */
    CONTRACT_TERM("CON-04", Scope.NATIONAL, false),
    /** ELIG-03: the length of the income period in months (the months before the quarter of application). */
    INCOME_PERIOD("ELIG-03", Scope.NATIONAL, false),
    /** REF-04 / AMD-01: how the poverty line is derived in a period. */
    POVERTY_LINE_METHOD("REF-04", Scope.NATIONAL, false),
    /** REF-03: one item of the food basket. */
    BASKET_ITEM("REF-03", Scope.NATIONAL, false),
    /** REF-03: the price of one basket item in a region and quarter. */
    BASKET_PRICE("REF-03", Scope.REGIONAL, true),
    /** REF-01: the subsistence minimum of a region and quarter, as published (or entered). */
    SUBSISTENCE_MINIMUM("REF-01", Scope.REGIONAL, true),
    /** REF-05: the poverty line of a region and quarter, as published by the region. */
    POVERTY_LINE("REF-05", Scope.REGIONAL, true),
    /** AMD-01: the median per-capita income of a region and quarter. */
    MEDIAN_INCOME("AMD-01", Scope.REGIONAL, true);

    /** The key of a parameter that has one national timeline. */
    public static final String NATIONAL_KEY = "national";

    /** Who may change it: national parameters by the ministry (admin), regional ones also by the region's akimat. */
    public enum Scope { NATIONAL, REGIONAL }

    private final String ruleId;
    private final Scope scope;
    private final boolean quarterly;

    ReferenceParameter(String ruleId, Scope scope, boolean quarterly) {
        this.ruleId = ruleId;
        this.scope = scope;
        this.quarterly = quarterly;
    }

    /** The rule of RULES.md that needs this parameter. */
    public String ruleId() {
        return ruleId;
    }

    public boolean regional() {
        return scope == Scope.REGIONAL;
    }

    /** True when every version is valid for exactly one calendar quarter. */
    public boolean quarterly() {
        return quarterly;
    }
}
