package kz.gov.tsa.eligibility.application.port.in.reference;

import java.util.List;

/**
 * A well-formed change that the reference data refuses (e.g. a price for an item that is not in the
 * basket of the quarter): 422 naming the field and the reason (a message key with its arguments).
 */
public class InvalidReferenceChangeException extends RuntimeException {

    private final String ruleId;
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public InvalidReferenceChangeException(String ruleId, String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.ruleId = ruleId;
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String ruleId() {
        return ruleId;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
