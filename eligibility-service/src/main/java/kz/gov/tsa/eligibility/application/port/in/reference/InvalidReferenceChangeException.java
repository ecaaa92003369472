package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/**
 * A well-formed change that the reference data refuses (e.g. a price for an item that is not in the basket of the
 * quarter): a refusal (422) citing the rule and naming the field and the reason (a message code with arguments).
 */
public class InvalidReferenceChangeException extends RefusedException {

    public InvalidReferenceChangeException(String ruleId, String field, String messageKey, Object... args) {
        super(Refusal.unprocessable(ruleId, "reference.change.refused").withField(field, messageKey, args));
    }
}
