package kz.gov.tsa.contract.domain;

/**
 * Where a breach comes from: recorded by an operator, or proposed from an employment-registry fact (EMP-08 (1)–(3),
 * EMP-07) and then confirmed or dismissed by an operator.
 */
public enum BreachSource {
    OPERATOR,
    SUITABLE_WORK_REFUSED,
    REFERRAL_IGNORED,
    MEASURE_QUIT,
    DEREGISTERED,
    CHECK_IN_MISSED
}
