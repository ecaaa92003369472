package kz.gov.tsa.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/**
 * The one place where a business {@link Refusal} becomes an RFC 9457 problem: its kind gives the status and type,
 * its rule ID the {@code ruleId}, its code the localized detail (looked up like any problem text in kk/ru/en), its
 * fields the {@code violations[]} and its facts the problem's parameters. Use cases return
 * {@link kz.gov.tsa.kernel.Outcome}; the edge calls {@code orElseThrow()} and never maps a refusal itself.
 */
public class RefusalMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response refused(RefusedException e, ContainerRequestContext ctx) {
        return problems.problem(toProblem(e.refusal()), ctx);
    }

    /** The problem of a refusal (status and type from its kind). */
    public static ProblemException toProblem(Refusal refusal) {
        ProblemException problem = new ProblemException(status(refusal.kind()), type(refusal.kind()),
                refusal.ruleId(), refusal.code(), refusal.args().toArray());
        refusal.fields().forEach(f -> problem.withViolation(f.field(), f.code(), f.args().toArray()));
        refusal.facts().forEach(problem::with);
        return problem;
    }

    static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
        };
    }

    static String type(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> ProblemType.VALIDATION;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case CONFLICT -> ProblemType.CONFLICT;
            case UNPROCESSABLE -> ProblemType.UNPROCESSABLE;
        };
    }
}
