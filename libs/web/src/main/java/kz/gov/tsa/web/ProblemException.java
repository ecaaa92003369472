package kz.gov.tsa.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by application code and adapters to answer a request with a {@link Problem}. The detail text is the
 * message key looked up (with its arguments) in the caller's language by {@link ProblemMessages}; the title is
 * {@code title.<type>} (falling back to the title of the status). Open for subclassing, e.g.
 * {@code class ApplicationNotFound extends ProblemException}.
 * <pre>{@code
 * throw ProblemException.unprocessable("ELIG-10", "elig.income-above-threshold", income)
 *         .with("threshold", threshold);
 * }</pre>
 * {@link #getMessage()} is for logs only: key and arguments, with IINs masked.
 */
public class ProblemException extends RuntimeException {

    /** A field-level error whose message is localized when the problem is rendered. */
    public record FieldError(String field, String messageKey, List<Object> args) {
        public FieldError {
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    private final int status;
    private final String type;
    private final String ruleId;
    private final String messageKey;
    private final Object[] args;
    private final List<FieldError> violations = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /**
     * @param status     HTTP status (4xx expected; 5xx is rendered like any other problem, without errorId)
     * @param type       problem type slug, see {@link ProblemType}
     * @param ruleId     business rule id, may be null
     * @param messageKey key of the detail text
     * @param args       {@link java.text.MessageFormat} arguments of the detail text
     */
    public ProblemException(int status, String type, String ruleId, String messageKey, Object... args) {
        super(null, null, false, true);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.ruleId = ruleId;
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** 404, type {@code not-found}. */
    public static ProblemException notFound(String messageKey, Object... args) {
        return new ProblemException(404, ProblemType.NOT_FOUND, null, messageKey, args);
    }

    /** 409, type {@code conflict}: the request clashes with the current state. */
    public static ProblemException conflict(String ruleId, String messageKey, Object... args) {
        return new ProblemException(409, ProblemType.CONFLICT, ruleId, messageKey, args);
    }

    /** 422, type {@code unprocessable}: a well-formed request refused by a business rule. */
    public static ProblemException unprocessable(String ruleId, String messageKey, Object... args) {
        return new ProblemException(422, ProblemType.UNPROCESSABLE, ruleId, messageKey, args);
    }

    /** 400, type {@code bad-request}. */
    public static ProblemException badRequest(String messageKey, Object... args) {
        return new ProblemException(400, ProblemType.BAD_REQUEST, null, messageKey, args);
    }

    /** 403, type {@code forbidden}: authenticated but not allowed (e.g. not the owner of the record). */
    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(403, ProblemType.FORBIDDEN, null, messageKey, args);
    }

    /** Adds a field-level error; its message key is localized like the detail. Returns {@code this}. */
    public ProblemException withViolation(String field, String messageKey, Object... args) {
        violations.add(new FieldError(field, messageKey, args == null ? List.of() : Arrays.asList(args)));
        return this;
    }

    /** Adds a machine-readable fact to {@code parameters}. Returns {@code this}. */
    public ProblemException with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Records the underlying cause (for logs; never rendered). Returns {@code this}. */
    public ProblemException withCause(Throwable cause) {
        initCause(cause);
        return this;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String ruleId() {
        return ruleId;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> violations() {
        return Collections.unmodifiableList(violations);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public String getMessage() {
        return LogMasking.maskIins(status + " " + type + (ruleId == null ? "" : " " + ruleId) + ": " + messageKey
                + (args.length == 0 ? "" : " " + Arrays.deepToString(args)));
    }
}
