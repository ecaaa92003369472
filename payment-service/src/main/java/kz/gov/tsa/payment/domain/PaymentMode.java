package kz.gov.tsa.payment.domain;

/**
 * ELIG-12/13, D-16: how an assignment is paid. An unconditional assignment is always monthly; a conditional one
 * monthly or, at the applicant's request, in lump sums of three months.
 */
public enum PaymentMode {
    MONTHLY,
    LUMP_SUM_3_MONTHS;

    /** The months one lump sum covers (ELIG-13: "a lump sum for three months" — the rule's own number). */
    public static final int LUMP_SUM_MONTHS = 3;

    /** The mode an event names; null or absent is {@link #MONTHLY} (D-16). */
    public static PaymentMode of(String name) {
        return name == null || name.isBlank() ? MONTHLY : valueOf(name);
    }
}
