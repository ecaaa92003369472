package kz.gov.tsa.employment.domain;

/** The active measures of the Programme (PRG-01..09) a registered person takes part in. */
public enum MeasureKind {
    VOCATIONAL_TRAINING("PRG-01"),
    ENTREPRENEURSHIP_BASICS("PRG-01"),
    RETRAINING("PRG-02"),
    BASTAU_BUSINESS("PRG-03"),
    MICRO_CREDIT("PRG-04"),
    SOCIAL_JOB("PRG-05"),
    YOUTH_PRACTICE("PRG-06"),
    PUBLIC_WORKS("PRG-07"),
    LABOUR_MOBILITY("PRG-08"),
    VOCATIONAL_ORIENTATION("PRG-09");

    private final String ruleId;

    MeasureKind(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
