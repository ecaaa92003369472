package kz.gov.tsa.contract.domain;

/** CON-05: the only reasons a contract may be extended. */
public enum ExtensionReason {
    /** Social adaptation of family members must go on. */
    SOCIAL_ADAPTATION_CONTINUES,
    /** An able-bodied member has not finished vocational training. */
    VOCATIONAL_TRAINING_NOT_FINISHED,
    /** An able-bodied member has not finished youth practice. */
    YOUTH_PRACTICE_NOT_FINISHED,
    /** An able-bodied member has not finished a social job. */
    SOCIAL_JOB_NOT_FINISHED
}
