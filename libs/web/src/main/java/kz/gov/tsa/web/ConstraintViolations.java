package kz.gov.tsa.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns Bean Validation violations into readable, localized {@link Violation}s. */
final class ConstraintViolations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private ConstraintViolations() {
    }

    static List<Violation> toViolations(Iterable<ConstraintViolation<?>> violations, Locale locale) {
        List<Violation> result = new ArrayList<>();
        violations.forEach(v -> result.add(new Violation(field(v.getPropertyPath()), message(v, locale))));
        result.sort(Comparator.comparing(Violation::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Violation::message, Comparator.nullsFirst(Comparator.naturalOrder())));
        return result;
    }

    /** True if a resource method returned an invalid value: a server bug, not a client error. */
    static boolean hasReturnValueViolation(Iterable<ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The path without the method and body-parameter prefix: {@code submit.request.members[0].iin} →
     * {@code members[0].iin}; a violated parameter itself keeps its name ({@code list.size} → {@code size}).
     */
    static String field(Path path) {
        String text = path.toString();
        Iterator<Path.Node> nodes = path.iterator();
        if (!nodes.hasNext()) {
            return text;
        }
        Path.Node first = nodes.next();
        if (first.getKind() != ElementKind.METHOD && first.getKind() != ElementKind.CONSTRUCTOR) {
            return text;
        }
        text = stripPrefix(text, first.getName());
        if (nodes.hasNext()) {
            Path.Node second = nodes.next();
            if (second.getKind() == ElementKind.PARAMETER && nodes.hasNext()) {
                text = stripPrefix(text, second.getName());
            }
        }
        return text;
    }

    private static String stripPrefix(String text, String name) {
        if (name != null && text.startsWith(name)) {
            text = text.substring(name.length());
            return text.startsWith(".") ? text.substring(1) : text;
        }
        return text;
    }

    /**
     * The library's/service's text for the constraint's message template ({@code {jakarta...NotBlank.message}}) in
     * the response language, with {@code {attribute}} placeholders filled; otherwise the validator's own message.
     */
    static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template != null && template.length() > 2 && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            var pattern = ProblemMessages.pattern(locale, key);
            if (pattern.isPresent()) {
                Map<String, Object> attributes = violation.getConstraintDescriptor() == null ? Map.of()
                        : violation.getConstraintDescriptor().getAttributes();
                Matcher m = PLACEHOLDER.matcher(pattern.get());
                return m.replaceAll(r -> Matcher.quoteReplacement(
                        attributes.containsKey(r.group(1)) ? String.valueOf(attributes.get(r.group(1))) : r.group()));
            }
        }
        return violation.getMessage();
    }
}
