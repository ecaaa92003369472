package kz.gov.tsa.employment.domain;

/**
 * EMP-08's six reasons (Employment Law art. 16). (1)–(3) carry the EMP-09 ban of a new registration; (2) and (3)
 * apply only "without a valid reason".
 */
public enum DeregistrationReason {
    /** (1) refused two offers of suitable work. */
    REFUSED_TWO_OFFERS(1),
    /** (2) did not turn up at the employer / place of training within 5 working days of referral. */
    REFERRAL_NOT_FOLLOWED(2),
    /** (2) did not come to the Centre within 3 working days when invited for active measures. */
    INVITATION_NOT_FOLLOWED(2),
    /** (2) quit an active measure on their own. */
    MEASURE_QUIT(2),
    /** (3) broke the check-in schedule. */
    CHECK_IN_SCHEDULE_BROKEN(3),
    /** (4) sentenced to imprisonment or sent to compulsory treatment by court. */
    IMPRISONMENT_OR_COMPULSORY_TREATMENT(4),
    /** (5) the case of Employment Law art. 15 p. 2 sub. 4. */
    EMPLOYMENT_LAW_ART15_P2_SUB4(5),
    /** (6) gave knowingly false or forged documents. */
    FALSE_DOCUMENTS(6);

    private final int clause;

    DeregistrationReason(int clause) {
        this.clause = clause;
    }

    /** The clause of EMP-08, 1..6. */
    public int clause() {
        return clause;
    }

    /** "EMP-08 (3)". */
    public String citation() {
        return "EMP-08 (" + clause + ")";
    }

    /** EMP-09: (1)–(3) ban a new registration for the ban period. */
    public boolean bansReRegistration() {
        return clause <= 3;
    }

    /** (2) and (3) apply only without a valid reason. */
    public boolean excusableByValidReason() {
        return clause == 2 || clause == 3;
    }
}
