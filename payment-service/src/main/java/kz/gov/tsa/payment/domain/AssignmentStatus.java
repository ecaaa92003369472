package kz.gov.tsa.payment.domain;

/** Where an assignment stands for payments (the "contract state" of a line's trace, PAY-05). */
public enum AssignmentStatus {
    /** Conditional, the contract is not signed yet: nothing is due (ELIG-09). */
    AWAITING_CONTRACT,
    /** Unconditional, or conditional with a signed contract: the schedule is due (PAY-01). */
    SCHEDULED,
    /** The contract was extended once (CON-05): the schedule runs to the new last month. */
    EXTENDED,
    /** The contract's term ended (CON-04); the schedule stays as it was. */
    COMPLETED,
    /** The draft was not signed in time (CON-03): nothing is paid (ELIG-09). */
    LAPSED,
    /** CON-08 or CON-06: shares of the stopped members are no longer due from the first stopped month (PAY-03). */
    TERMINATED,
    /** CON-06 (2): the assignment rested on false information (PAY-03); paid undue months become a recovery. */
    REVOKED
}
