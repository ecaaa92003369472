package kz.gov.tsa.contract.domain;

/** The lists of an operator's day. */
public enum Worklist {
    /** Drafts whose signing deadline is today (CON-03). */
    TO_SIGN_TODAY,
    /** Drafts whose deadline has passed (the lapse job has not run yet). */
    OVERDUE,
    /** Running contracts whose term ends in the given month (CON-04). */
    ENDING_IN_MONTH,
    /** Contracts with breach proposals awaiting an operator (CON-06). */
    BREACHES_AWAITING_CONFIRMATION
}
