package kz.gov.tsa.employment.domain;

/**
 * The Programme's and the registry's own limits: dated reference data owned by employment-registry-service
 * (table {@code programme_parameter}, seeded by Flyway with the rule or manual it comes from), never constants.
 * The MCI and the retirement ages are not here: eligibility-service owns them (D-40, {@code ReferenceValuesPort}).
 */
public enum ProgrammeParameter {
    EMP03_OFFER_WORKING_DAYS("EMP-03"),
    EMP04_CHECK_IN_DAYS("EMP-04"),
    EMP05_NOTIFICATION_DAYS("EMP-05"),
    EMP06_MIN_AGE("EMP-06"),
    EMP07_CHECK_IN_WORKING_DAYS("EMP-07"),
    EMP07_RURAL_CHECK_IN_MONTHS("EMP-07"),
    EMP08_REFUSALS_TO_DEREGISTER("EMP-08"),
    EMP08_INVITATION_WORKING_DAYS("EMP-08"),
    EMP09_BAN_DAYS("EMP-09"),
    PRG10_TURN_UP_WORKING_DAYS("PRG-10"),
    PRG01_TRAINING_MIN_MONTHS("PRG-01"),
    PRG01_TRAINING_MAX_MONTHS("PRG-01"),
    PRG01_ENTREPRENEURSHIP_MAX_DAYS("PRG-01"),
    PRG02_EMPLOYER_SHARE_MIN_PERCENT("PRG-02"),
    PRG03_BASTAU_MAX_DAYS("PRG-03"),
    PRG04_MAX_MCI("PRG-04"),
    PRG04_MAX_RATE_PERCENT("PRG-04"),
    PRG04_MAX_TERM_YEARS("PRG-04"),
    PRG04_MAX_TERM_YEARS_LIVESTOCK("PRG-04"),
    PRG04_GRACE_MAX_DIVISOR("PRG-04"),
    PRG04_CERTIFICATE_YEARS("PRG-04"),
    PRG05_SOCIAL_JOB_MAX_MONTHS("PRG-05"),
    PRG05_EMPLOYER_ANSWER_WORKING_DAYS("PRG-05"),
    PRG06_MAX_AGE("PRG-06"),
    PRG06_GRADUATION_YEARS("PRG-06"),
    PRG06_MAX_MONTHS("PRG-06"),
    PRG07_LONG_REGISTERED_MONTHS("PRG-07"),
    PRG08_RELOCATION_INTER_REGION_MCI("PRG-08"),
    PRG08_RELOCATION_WITHIN_OBLAST_MCI("PRG-08"),
    PRG08_RENT_URBAN_1_MCI("PRG-08"),
    PRG08_RENT_URBAN_2_4_MCI("PRG-08"),
    PRG08_RENT_URBAN_5_PLUS_MCI("PRG-08"),
    PRG08_RENT_RURAL_1_MCI("PRG-08"),
    PRG08_RENT_RURAL_2_4_MCI("PRG-08"),
    PRG08_RENT_RURAL_5_PLUS_MCI("PRG-08"),
    PRG08_RENT_MONTHS("PRG-08");

    private final String ruleId;

    ProgrammeParameter(String ruleId) {
        this.ruleId = ruleId;
    }

    /** The rule of RULES.md the limit belongs to. */
    public String ruleId() {
        return ruleId;
    }
}
