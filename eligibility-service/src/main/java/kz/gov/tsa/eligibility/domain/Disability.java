package kz.gov.tsa.eligibility.domain;

/** Disability group; groups 1 and 2 limit participation in employment measures (ELIG-06, ELIG-07, CON-09). */
public enum Disability {
    NONE, GROUP_1, GROUP_2, GROUP_3;

    public boolean limitsWork() {
        return this == GROUP_1 || this == GROUP_2;
    }
}
