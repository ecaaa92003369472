package kz.gov.tsa.eligibility.domain;

/** ELIG-02: who may apply. {@link #OTHER} is refused citing ELIG-02. */
public enum ResidencyStatus {
    CITIZEN, KANDAS, REFUGEE, FOREIGNER_PERMANENT_RESIDENT, STATELESS_PERMANENT_RESIDENT, OTHER;

    /** True for the statuses of TSA Law art. 2 p. 1. */
    public boolean mayApply() {
        return this != OTHER;
    }
}
