package kz.gov.tsa.contract.domain;

/**
 * The measures a family assistance plan may contain: the seven active employment measures of CON-10 (Employment
 * Law art. 17 pp. 1, 2) and the eight social adaptation measures of CON-11.
 */
public enum ActivityKind {
    // CON-10 (1)..(7)
    VOCATIONAL_TRAINING(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (1)"),
    ENTREPRENEURSHIP_SUPPORT(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (2)"),
    YOUTH_PRACTICE(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (3)"),
    SOCIAL_JOB(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (4)"),
    VOLUNTARY_RELOCATION(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (5)"),
    SPECIAL_JOB_FOR_DISABLED(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (6)"),
    PUBLIC_WORKS(ActivityCategory.ACTIVE_EMPLOYMENT, "CON-10 (7)"),
    // CON-11 (1)..(8)
    HOUSING_ASSISTANCE(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (1)"),
    LOCAL_SOCIAL_ASSISTANCE(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (2)"),
    SCREENING_EXAMINATION(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (3)"),
    SOCIALLY_SIGNIFICANT_DISEASE_TREATMENT(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (4)"),
    EARLY_PREGNANCY_REGISTRATION(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (5)"),
    SCHOOL_PUPIL_SUPPORT(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (6)"),
    STUDY_SOCIAL_HELP(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (7)"),
    PRESCHOOL_AND_ADDITIONAL_EDUCATION_PLACE(ActivityCategory.SOCIAL_ADAPTATION, "CON-11 (8)");

    private final ActivityCategory category;
    private final String rule;

    ActivityKind(ActivityCategory category, String rule) {
        this.category = category;
        this.rule = rule;
    }

    public ActivityCategory category() {
        return category;
    }

    /** The rule and item that define the measure, e.g. {@code CON-10 (4)}. */
    public String rule() {
        return rule;
    }
}
