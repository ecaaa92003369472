package kz.gov.tsa.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses hostile request input before a resource method runs, with a problem naming the header or parameter:
 * <ul>
 * <li>a body without {@code Content-Type} → 415 (it is never guessed to be JSON);</li>
 * <li>a NUL character (U+0000; PostgreSQL cannot store it) in a header, query or path parameter → 400;</li>
 * <li>an {@value #IDEMPOTENCY_KEY} header that is blank, longer than 255 characters, not visible ASCII or given
 * twice → 400;</li>
 * <li>a query, path or header parameter its type's factory refuses (e.g. {@code YearMonth} {@code 2024-13}) → 400
 * (Quarkus REST would answer 404 or 500), see {@link ParamConversions}.</li>
 * </ul>
 * JSON bodies are checked by {@link StrictJson}.
 */
public class RequestChecks {

    /** Header of idempotent POSTs (ARCHITECTURE.md §5). */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int IDEMPOTENCY_KEY_MAX_LENGTH = 255;

    private static final Logger LOG = Logger.getLogger(RequestChecks.class);

    private final Map<Method, List<ParamConversions.Check>> conversions = new ConcurrentHashMap<>();

    /** Headers, query parameters and the body's media type, for every request (also those matching no resource). */
    @ServerRequestFilter(preMatching = true)
    public Response beforeMatching(ContainerRequestContext ctx) {
        Locale locale = ProblemResponses.locale(ctx);
        if (hasBody(ctx.getHeaders()) && ctx.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return refuse(ctx, 415, ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(new Violation(HttpHeaders.CONTENT_TYPE,
                    ProblemMessages.text(locale, "violation.header.content-type"))));
        }
        List<Violation> violations = new ArrayList<>();
        ctx.getHeaders().forEach((name, values) -> {
            if (containsNul(values)) {
                violations.add(new Violation(name, ProblemMessages.text(locale, StrictJsonParser.NUL)));
            }
        });
        List<String> keys = ctx.getHeaders().get(IDEMPOTENCY_KEY);
        if (keys != null && !containsNul(keys) && !validIdempotencyKey(keys)) {
            violations.add(new Violation(IDEMPOTENCY_KEY, ProblemMessages.text(locale,
                    "violation.header.idempotency-key")));
        }
        nulIn(ctx.getUriInfo().getQueryParameters(), locale, violations);
        return violations.isEmpty() ? null : refuse(ctx, 400, ProblemType.VALIDATION, violations);
    }

    /** Path parameters (known only once a resource matched) and parameter conversions of the matched method. */
    @ServerRequestFilter
    public Response afterMatching(ContainerRequestContext ctx, ResourceInfo resource) {
        Locale locale = ProblemResponses.locale(ctx);
        List<Violation> violations = new ArrayList<>();
        nulIn(ctx.getUriInfo().getPathParameters(), locale, violations);
        if (violations.isEmpty() && resource != null && resource.getResourceMethod() != null) {
            for (ParamConversions.Check check : conversions.computeIfAbsent(resource.getResourceMethod(),
                    ParamConversions::checks)) {
                if (values(ctx, check).stream().anyMatch(v -> ParamConversions.refuses(check, v))) {
                    violations.add(new Violation(check.name(), ProblemMessages.text(locale,
                            "violation.param.invalid")));
                }
            }
        }
        return violations.isEmpty() ? null : refuse(ctx, 400, ProblemType.VALIDATION, violations);
    }

    /** 1 to 255 visible ASCII characters (0x21–0x7E), given once. */
    static boolean validIdempotencyKey(List<String> values) {
        if (values.size() != 1 || values.getFirst() == null) {
            return false;
        }
        String key = values.getFirst();
        return !key.isEmpty() && key.length() <= IDEMPOTENCY_KEY_MAX_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    /** A {@code Content-Length} above 0 or a chunked {@code Transfer-Encoding}. */
    static boolean hasBody(MultivaluedMap<String, String> headers) {
        String length = headers.getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        String encoding = headers.getFirst("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static List<String> values(ContainerRequestContext ctx, ParamConversions.Check check) {
        List<String> values = switch (check.source()) {
            case QUERY -> ctx.getUriInfo().getQueryParameters().get(check.name());
            case PATH -> ctx.getUriInfo().getPathParameters().get(check.name());
            case HEADER -> ctx.getHeaders().get(check.name());
        };
        return values == null ? List.of() : values;
    }

    private static void nulIn(MultivaluedMap<String, String> parameters, Locale locale, List<Violation> violations) {
        parameters.forEach((name, values) -> {
            if (name.indexOf('\0') >= 0 || containsNul(values)) {
                violations.add(new Violation(name.replace("\0", "\\u0000"),
                        ProblemMessages.text(locale, StrictJsonParser.NUL)));
            }
        });
    }

    private static boolean containsNul(List<String> values) {
        return values != null && values.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0);
    }

    private static Response refuse(ContainerRequestContext ctx, int status, String slug, List<Violation> violations) {
        LOG.debugf("Refused request input: %d %s %s", status, slug,
                violations.stream().map(Violation::field).toList());
        return ProblemResponses.standard(ctx, status, slug, violations).build();
    }
}
