package kz.gov.tsa.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Describes a Jackson read failure as a {@link Violation} without exposing Java internals. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** The first Jackson exception in the cause chain, or {@code null}. */
    static JsonProcessingException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException j) {
                return j;
            }
        }
        return null;
    }

    static Violation toViolation(JsonProcessingException error, Locale locale) {
        String field = error instanceof JsonMappingException m ? path(m) : null;
        String message;
        if (error instanceof UnrecognizedPropertyException) {
            message = ProblemMessages.text(locale, "violation.json.unknown-field");
        } else if (error instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            message = ProblemMessages.text(locale, "violation.json.enum", allowed);
        } else if (error instanceof MismatchedInputException mi && mi.getTargetType() != null) {
            message = ProblemMessages.text(locale, "violation.json.type", jsonType(mi.getTargetType()));
        } else if (error instanceof JsonMappingException) {
            message = ProblemMessages.text(locale, "violation.json.invalid");
        } else {
            JsonLocation at = error.getLocation();
            message = at == null || at.getLineNr() < 0
                    ? ProblemMessages.text(locale, "violation.json.syntax-unknown")
                    : ProblemMessages.text(locale, "violation.json.syntax", at.getLineNr(), at.getColumnNr());
        }
        return new Violation(field, message);
    }

    /** {@code members[0].birthDate} from Jackson's reference chain; {@code null} if there is none. */
    static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : error.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** A JSON-level name for the expected type (never a Java class name). */
    static String jsonType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (type == LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "time (hh:mm:ss)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date-time (ISO 8601)";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type.isEnum()) {
            return "string";
        }
        return "object";
    }
}
