package kz.gov.tsa.contract.domain;

/** Where a social contract stands (CON-01, CON-03..08). */
public enum ContractStatus {
    /** Opened from a conditional decision; awaits the recipient's signature within CON-03's deadline. */
    DRAFT,
    /** Signed within the deadline; runs for the CON-04 term. */
    SIGNED,
    /** Signed and extended once (CON-05, ELIG-11). */
    EXTENDED,
    /** Its term ended (CON-04). */
    COMPLETED,
    /** Not signed by the deadline (CON-03, ELIG-09: no conditional assistance). */
    LAPSED,
    /** Ended for a repeat breach (CON-08) or false information (CON-06 (2)). */
    TERMINATED;

    /** Signed and running: the states in which breaches, plan changes and completion apply. */
    public boolean running() {
        return this == SIGNED || this == EXTENDED;
    }

    /** No further change is possible. */
    public boolean closed() {
        return this == COMPLETED || this == LAPSED || this == TERMINATED;
    }
}
