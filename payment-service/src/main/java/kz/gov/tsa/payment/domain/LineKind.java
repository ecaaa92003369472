package kz.gov.tsa.payment.domain;

/** The kinds of payment line (PAY-04: one line per family × member share × month × kind). */
public enum LineKind {
    /** A month paid in its own month (ELIG-12/13 monthly). */
    MONTHLY,
    /** A month paid with its three-month block in the block's first month (ELIG-13 lump sum). */
    LUMP_SUM,
    /**
     * The difference between what a month is now due and what was paid for it, issued by the next run because a paid
     * line is never changed (a late sanction or termination: negative, withheld from the family's payments).
     */
    ADJUSTMENT
}
