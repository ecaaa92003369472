package kz.gov.tsa.web;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Describes a Jackson read failure as a {@link Violation} without exposing Java internals. */
final class JsonErrors {

    private static final Pattern FIRST_WORD = Pattern.compile("([A-Za-z_$][A-Za-z0-9_$]*)\\b");

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
        StrictJsonException strict = strict(error);
        if (strict != null) {
            return new Violation(strict.field(), ProblemMessages.text(locale, strict.messageKey()));
        }
        String path = error instanceof JsonMappingException m ? path(m) : null;
        String field = error instanceof ValueInstantiationException v
                ? refusedComponent(v).map(c -> path == null ? c : path + "." + c).orElse(path) : path;
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

    /**
     * The record component a constructor refused, when its exception message starts with the component's name (as
     * {@code Objects.requireNonNull(month, "month")} or {@code "month 0000-01 is not served"} do). Records of one
     * component are value types read from a single JSON value: the path already names them.
     */
    static Optional<String> refusedComponent(ValueInstantiationException error) {
        Class<?> type = error.getType() == null ? null : error.getType().getRawClass();
        String message = error.getCause() == null ? null : error.getCause().getMessage();
        if (type == null || !type.isRecord() || type.getRecordComponents().length < 2 || message == null
                || hasValueCreator(type)) {
            return Optional.empty();
        }
        Matcher first = FIRST_WORD.matcher(message);
        return first.lookingAt() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .filter(first.group(1)::equals).findFirst() : Optional.empty();
    }

    /**
     * True if the record is read from a JSON value of its own (a {@code @JsonCreator} factory method or delegating
     * constructor, as {@code "quarter": "2024-Q3"}): then the path already names it and no component is added.
     */
    private static boolean hasValueCreator(Class<?> type) {
        boolean factory = Arrays.stream(type.getDeclaredMethods())
                .anyMatch(m -> Modifier.isStatic(m.getModifiers()) && m.isAnnotationPresent(JsonCreator.class));
        return factory || Arrays.stream(type.getDeclaredConstructors()).map(c -> c.getAnnotation(JsonCreator.class))
                .anyMatch(c -> c != null && c.mode() == JsonCreator.Mode.DELEGATING);
    }

    /** A refusal of {@link StrictJsonParser} in the cause chain (Jackson may wrap it with a partial path), or null. */
    private static StrictJsonException strict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StrictJsonException s) {
                return s;
            }
        }
        return null;
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
        if (type == YearMonth.class) {
            return "year-month (YYYY-MM)";
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
