package kz.gov.tsa.eligibility.domain;

/**
 * How an assignment is paid. ELIG-12: an unconditional assignment is paid monthly. ELIG-13: a conditional one is paid
 * monthly, or — at the applicant's request, recorded with the application — as a lump sum for three months
 * (TSA Law art. 4 p. 10). payment-service honours it from {@code EligibilityDecided.paymentMode}.
 */
public enum PaymentMode {
    /** Monthly payments (ELIG-12, and ELIG-13 by default). */
    MONTHLY,
    /** ELIG-13: conditional assistance paid at once for three months, on the applicant's request. */
    LUMP_SUM_3_MONTHS;

    /** The mode of an assignment of this kind, given what the application asked for conditional assistance. */
    public static PaymentMode of(boolean conditional, PaymentMode requestedIfConditional) {
        return conditional && requestedIfConditional != null ? requestedIfConditional : MONTHLY;
    }
}
