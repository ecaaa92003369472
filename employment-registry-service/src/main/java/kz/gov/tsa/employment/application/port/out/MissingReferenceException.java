package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

import java.time.LocalDate;

/**
 * A reference value a rule needs is missing for the day (D-14: a gap found deep in a lookup is thrown carrying
 * the refusal, mapped by libs/web like any other): 422 with the rule ID, the parameter and the day.
 */
public final class MissingReferenceException extends RefusedException {

    public MissingReferenceException(String ruleId, String code, String parameter, LocalDate day) {
        super(Refusal.unprocessable(ruleId, code, parameter, day.toString()).with("parameter", parameter)
                .with("date", day.toString()));
    }
}
