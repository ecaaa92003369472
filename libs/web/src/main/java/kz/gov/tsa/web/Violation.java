package kz.gov.tsa.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid input item of a {@link Problem}.
 *
 * @param field   path of the offending field in the request, e.g. {@code members[0].iin}; {@code null} when the
 *                error is not tied to one field (e.g. JSON syntax error)
 * @param message localized, human-readable description
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, String message) {
}
