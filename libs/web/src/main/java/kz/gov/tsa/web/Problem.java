package kz.gov.tsa.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * RFC 9457 problem details body, served as {@value #MEDIA_TYPE}. Null and empty members are omitted.
 *
 * @param type       problem type URI, {@code urn:tsa:problem:<slug>} (see {@link ProblemType})
 * @param title      localized short summary of the problem type
 * @param status     HTTP status code
 * @param detail     localized explanation of this occurrence
 * @param instance   request path of this occurrence
 * @param ruleId     business rule that refused the request, e.g. {@code ELIG-10}; may be null
 * @param errorId    only for server errors: id also written to the log with the full exception
 * @param violations invalid input items (validation / malformed body)
 * @param parameters extra machine-readable facts
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "ruleId", "errorId", "violations", "parameters" })
public record Problem(String type, String title, int status, String detail, String instance, String ruleId,
        String errorId, List<Violation> violations, Map<String, Object> parameters) {

    /** The RFC 9457 media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Defensive copies; {@code null} collections become empty. */
    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
