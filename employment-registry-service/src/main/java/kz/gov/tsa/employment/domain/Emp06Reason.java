package kz.gov.tsa.employment.domain;

/** EMP-06: why a job seeker is not registered as unemployed. */
public enum Emp06Reason {
    /** (1) under 16. */
    UNDER_16(1),
    /** (2) working under a labour contract or any other paid, income-bringing work. */
    WORKING(2),
    /** (3) reached retirement age (the dated parameter of eligibility-service, D-40). */
    RETIREMENT_AGE(3),
    /** (4) gave knowingly false documents about lack of work and income. */
    FALSE_DOCUMENTS(4);

    private final int clause;

    Emp06Reason(int clause) {
        this.clause = clause;
    }

    public String citation() {
        return "EMP-06 (" + clause + ")";
    }
}
