package kz.gov.tsa.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

/** Builds localized {@code application/problem+json} responses for the mappers. */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemResponses() {
    }

    /** The response language chosen from {@code Accept-Language}; Kazakh when absent, unsupported or unparsable. */
    static Locale locale(ContainerRequestContext ctx) {
        try {
            return ProblemMessages.resolve(ctx.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return ProblemMessages.KAZAKH;
        }
    }

    /** The request path (no query string: it may carry personal data). */
    static String instance(ContainerRequestContext ctx) {
        try {
            return ctx.getUriInfo().getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Title of a problem type, or of the status's default type when the slug has no title of its own. */
    static String title(Locale locale, String slug, int status) {
        return ProblemMessages.find(locale, "title." + slug)
                .orElseGet(() -> ProblemMessages.text(locale, "title." + ProblemType.forStatus(status)));
    }

    /** The response language for an {@code Accept-Language} header value (outside JAX-RS); Kazakh by default. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ProblemMessages.KAZAKH;
        }
        try {
            return ProblemMessages.resolve(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (RuntimeException e) {
            return ProblemMessages.KAZAKH;
        }
    }

    /** A problem whose detail is {@code detail.<slug>} formatted with {@code args}. */
    static Response.ResponseBuilder standard(ContainerRequestContext ctx, int status, String slug,
            List<Violation> violations, Object... args) {
        Locale locale = locale(ctx);
        return respond(standard(locale, status, slug, instance(ctx), violations, null, args), locale);
    }

    /** The problem body of {@link #standard(ContainerRequestContext, int, String, List, Object...)}. */
    static Problem standard(Locale locale, int status, String slug, String instance, List<Violation> violations,
            Map<String, Object> parameters, Object... args) {
        return new Problem(ProblemType.uri(slug), title(locale, slug, status), status,
                ProblemMessages.text(locale, "detail." + slug, args), instance, null, null, violations, parameters);
    }

    /** A server error: logs {@code error} in full under a fresh errorId, renders nothing of it. */
    static Response internal(ContainerRequestContext ctx, Throwable error, int status) {
        String errorId = UUID.randomUUID().toString();
        String method = ctx == null ? "?" : ctx.getMethod();
        LOG.errorf(error, "Request failed: errorId=%s %s %s", errorId, method, LogMasking.maskIins(instance(ctx)));
        Locale locale = locale(ctx);
        String slug = status == 500 ? ProblemType.INTERNAL : ProblemType.HTTP_ERROR;
        return respond(new Problem(ProblemType.uri(slug), title(locale, slug, status), status,
                ProblemMessages.text(locale, "detail." + ProblemType.INTERNAL, errorId), instance(ctx), null, errorId,
                null, Map.of()), locale).build();
    }

    static Response.ResponseBuilder respond(Problem problem, Locale locale) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .language(locale)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(problem);
    }
}
