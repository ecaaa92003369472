package kz.gov.tsa.payment.domain;

/** ELIG-05: the two kinds of assistance that are paid. */
public enum AssignmentKind {
    /** ELIG-06/07, paid for the assigned quarter (ELIG-12). */
    UNCONDITIONAL,
    /** ELIG-08/09, paid only for the term of a signed social contract (ELIG-13). */
    CONDITIONAL
}
