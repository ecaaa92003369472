package kz.gov.tsa.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResteasyReactiveClientProblem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Global Quarkus REST exception mappers: every error becomes a localized RFC 9457 {@code application/problem+json}
 * response with a {@code Content-Language} header. Registered automatically (this jar is a bean archive); they take
 * precedence over the Quarkus built-ins, which have lower priority.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** {@link ProblemException} → its own status, type, rule id, detail, violations and parameters. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext ctx) {
        LOG.debugf(e, "Problem response: %s", e.getMessage());
        Locale locale = ProblemResponses.locale(ctx);
        List<Violation> violations = e.violations().stream()
                .map(v -> new Violation(v.field(), ProblemMessages.text(locale, v.messageKey(), v.args().toArray())))
                .toList();
        Problem problem = new Problem(ProblemType.uri(e.type()), ProblemResponses.title(locale, e.type(), e.status()),
                e.status(), ProblemMessages.text(locale, e.messageKey(), e.args()), ProblemResponses.instance(ctx),
                e.ruleId(), null, violations, e.parameters());
        return ProblemResponses.respond(problem, locale).build();
    }

    /** Bean Validation failure of request input → 400 listing every violation (return values → 500). */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext ctx) {
        if (ConstraintViolations.hasReturnValueViolation(e.getConstraintViolations())) {
            return ProblemResponses.internal(ctx, e, 500);
        }
        return ProblemResponses.standard(ctx, 400, ProblemType.VALIDATION,
                ConstraintViolations.toViolations(e.getConstraintViolations(), ProblemResponses.locale(ctx))).build();
    }

    /** Other validation errors (e.g. invalid constraint declarations) are server bugs → 500. */
    @ServerExceptionMapper
    public Response validationSetup(ValidationException e, ContainerRequestContext ctx) {
        return ProblemResponses.internal(ctx, e, 500);
    }

    /** Malformed JSON or a JSON value of the wrong type → 400 naming the JSON path where known. */
    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response json(JsonProcessingException e, ContainerRequestContext ctx) {
        return malformedBody(e, ctx);
    }

    /** A Jackson type-definition error is a server bug → 500. */
    @ServerExceptionMapper
    public Response jsonDefinition(InvalidDefinitionException e, ContainerRequestContext ctx) {
        return ProblemResponses.internal(ctx, e, 500);
    }

    /**
     * JAX-RS errors (404, 405, 406, 415, …, and Quarkus REST's wrapping of JSON errors) → their status. A
     * REST-client failure is never passed on: it is a 500 of this service.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext ctx) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof ResteasyReactiveClientProblem || status >= 500) {
            return ProblemResponses.internal(ctx, e, e instanceof ResteasyReactiveClientProblem ? 500 : status);
        }
        JsonProcessingException json = JsonErrors.find(e.getCause());
        if (status == 400 && json != null) {
            return malformedBody(json, ctx);
        }
        LOG.debugf("HTTP %d: %s", status, e.getMessage());
        String slug = ProblemType.forStatus(status);
        Object[] args = switch (slug) {
            case ProblemType.METHOD_NOT_ALLOWED -> new Object[] { ctx.getMethod() };
            case ProblemType.HTTP_ERROR -> new Object[] { String.valueOf(status) };
            default -> new Object[0];
        };
        Response.ResponseBuilder response = ProblemResponses.standard(ctx, status, slug, null, args);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!isEntityHeader(name)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    /**
     * Not (or not validly) authenticated → 401 with the authentication mechanism's challenge header
     * ({@code WWW-Authenticate}). A non-401 challenge (e.g. a login redirect) is returned unchanged.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Uni<Response> unauthorized(RuntimeException e, ContainerRequestContext ctx, RoutingContext routing) {
        LOG.debugf("Unauthenticated request: %s", e.getClass().getSimpleName());
        if (e instanceof AuthenticationFailedException failed) {
            HttpSecurityUtils.addAuthenticationFailureToEvent(failed, routing);
        }
        HttpAuthenticator authenticator = routing == null ? null : routing.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(ProblemResponses.standard(ctx, 401, ProblemType.UNAUTHORIZED, null).build());
        }
        return authenticator.getChallenge(routing).map(challenge -> {
            Response.ResponseBuilder response = challenge == null || challenge.status == 401
                    ? ProblemResponses.standard(ctx, 401, ProblemType.UNAUTHORIZED, null)
                    : Response.status(challenge.status);
            if (challenge != null) {
                challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            }
            return response.build();
        }).onFailure().recoverWithItem(() -> ProblemResponses.standard(ctx, 401, ProblemType.UNAUTHORIZED, null)
                .build());
    }

    /** Authenticated but lacking the role/permission → 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext ctx) {
        LOG.debugf("Forbidden: %s", LogMasking.maskIins(ProblemResponses.instance(ctx)));
        return ProblemResponses.standard(ctx, 403, ProblemType.FORBIDDEN, null).build();
    }

    /**
     * The database unreachable (connection refused or cut, server shutting down, pool timeout) → 503 with
     * {@code Retry-After}: the client retries, nothing was half-done (the transaction rolled back). Anything else →
     * 500 with an errorId; the exception is logged at ERROR and never rendered.
     */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext ctx) {
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable, answering 503: %s %s (%s)", ctx == null ? "?" : ctx.getMethod(),
                    LogMasking.maskIins(ProblemResponses.instance(ctx)), e.toString());
            return ProblemResponses.standard(ctx, 503, ProblemType.SERVICE_UNAVAILABLE, null,
                            String.valueOf(Unavailability.RETRY_AFTER_SECONDS))
                    .header(HttpHeaders.RETRY_AFTER, Unavailability.RETRY_AFTER_SECONDS).build();
        }
        return ProblemResponses.internal(ctx, e, 500);
    }

    private static Response malformedBody(JsonProcessingException e, ContainerRequestContext ctx) {
        LOG.debugf("Malformed request body: %s", LogMasking.maskIins(e.getOriginalMessage()));
        return ProblemResponses.standard(ctx, 400, ProblemType.MALFORMED_BODY,
                List.of(JsonErrors.toViolation(e, ProblemResponses.locale(ctx)))).build();
    }

    private static boolean isEntityHeader(String name) {
        return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                || HttpHeaders.CONTENT_LANGUAGE.equalsIgnoreCase(name) || HttpHeaders.VARY.equalsIgnoreCase(name);
    }
}
