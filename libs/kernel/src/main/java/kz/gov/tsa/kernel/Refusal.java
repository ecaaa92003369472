package kz.gov.tsa.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A business refusal as a value: what a use case or an aggregate answers when the request is understood but
 * not allowed by a rule or by the current state. It carries the rule ID (RULES.md), a stable message code with its
 * arguments, the fields it concerns and machine-readable facts. {@code libs/web} turns every refusal into one
 * RFC 9457 problem (status from {@link Kind}, texts in kk/ru/en from the code) — no endpoint maps it itself.
 * <pre>{@code
 * return Outcome.refused(Refusal.conflict("ELIG-10", "decision.commission-conclusion-missing"));
 * }</pre>
 *
 * @param kind   what kind of refusal (its HTTP status at the edge)
 * @param ruleId the rule that refuses, e.g. {@code ELIG-10}; null only for refusals no rule names (not found)
 * @param code   message code of the detail text, e.g. {@code decision.commission-conclusion-missing}
 * @param args   arguments of the detail text (never a raw IIN: pass a masked one)
 * @param fields the request fields it concerns, each with its own message code
 * @param facts  machine-readable facts for clients (rendered as problem parameters)
 */
public record Refusal(Kind kind, String ruleId, String code, List<Object> args, List<FieldRefusal> fields,
                      Map<String, Object> facts) {

    /** The kinds of refusal; the edge maps them to 400, 403, 404, 409 and 422. */
    public enum Kind {
        /** The request breaks a rule about its own content (400). */
        INVALID,
        /** The caller may not do this (403), e.g. another region's record. */
        FORBIDDEN,
        /** No such thing, or not visible to the caller (404). */
        NOT_FOUND,
        /** The current state does not allow it (409). */
        CONFLICT,
        /** Well-formed, but a rule or missing reference data refuses it (422). */
        UNPROCESSABLE
    }

    /** A field the refusal concerns: its path in the request (e.g. {@code members[1].iin}) and message code. */
    public record FieldRefusal(String field, String code, List<Object> args) {
        public FieldRefusal {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args == null ? List.of() : args);
        }
    }

    public Refusal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args == null ? List.of() : args);
        fields = List.copyOf(fields == null ? List.of() : fields);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts == null ? Map.of() : facts));
    }

    public static Refusal invalid(String ruleId, String code, Object... args) {
        return of(Kind.INVALID, ruleId, code, args);
    }

    public static Refusal forbidden(String code, Object... args) {
        return of(Kind.FORBIDDEN, null, code, args);
    }

    public static Refusal notFound(String code, Object... args) {
        return of(Kind.NOT_FOUND, null, code, args);
    }

    public static Refusal conflict(String ruleId, String code, Object... args) {
        return of(Kind.CONFLICT, ruleId, code, args);
    }

    public static Refusal unprocessable(String ruleId, String code, Object... args) {
        return of(Kind.UNPROCESSABLE, ruleId, code, args);
    }

    private static Refusal of(Kind kind, String ruleId, String code, Object... args) {
        return new Refusal(kind, ruleId, code, args == null ? List.of() : Arrays.asList(args), List.of(), Map.of());
    }

    /** This refusal with one more field. */
    public Refusal withField(String field, String fieldCode, Object... fieldArgs) {
        List<FieldRefusal> more = new ArrayList<>(fields);
        more.add(new FieldRefusal(field, fieldCode, fieldArgs == null ? List.of() : Arrays.asList(fieldArgs)));
        return new Refusal(kind, ruleId, code, args, more, facts);
    }

    /** This refusal with the given fields added. */
    public Refusal withFields(List<FieldRefusal> more) {
        List<FieldRefusal> all = new ArrayList<>(fields);
        all.addAll(more);
        return new Refusal(kind, ruleId, code, args, all, facts);
    }

    /** This refusal with one more machine-readable fact. */
    public Refusal with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new Refusal(kind, ruleId, code, args, fields, more);
    }

    /** The refusal as an outcome of type {@code T}. */
    public <T> Outcome<T> outcome() {
        return Outcome.refused(this);
    }

    /** For logs: kind, rule and code, never the arguments (they may hold personal data). */
    @Override
    public String toString() {
        return "Refusal[" + kind + (ruleId == null ? "" : " " + ruleId) + " " + code
                + (fields.isEmpty() ? "" : " fields=" + fields.stream().map(FieldRefusal::field).toList()) + "]";
    }
}
