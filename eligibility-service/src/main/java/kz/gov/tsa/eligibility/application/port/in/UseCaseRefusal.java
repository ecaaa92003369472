package kz.gov.tsa.eligibility.application.port.in;

/**
 * A request the current state refuses, with the rule that refuses it and a stable code; the REST
 * adapter turns it into a problem (404 for {@link Kind#NOT_FOUND}, 409 for {@link Kind#CONFLICT}).
 */
public class UseCaseRefusal extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String ruleId;
    private final String code;
    private final Object[] args;

    public UseCaseRefusal(Kind kind, String ruleId, String code, Object... args) {
        super(code + (ruleId == null ? "" : " (" + ruleId + ")"), null, false, false);
        this.kind = kind;
        this.ruleId = ruleId;
        this.code = code;
        this.args = args.clone();
    }

    public static UseCaseRefusal notFound(String code, Object... args) {
        return new UseCaseRefusal(Kind.NOT_FOUND, null, code, args);
    }

    public static UseCaseRefusal conflict(String ruleId, String code, Object... args) {
        return new UseCaseRefusal(Kind.CONFLICT, ruleId, code, args);
    }

    public Kind kind() {
        return kind;
    }

    public String ruleId() {
        return ruleId;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
