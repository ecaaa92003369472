package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceRest;
import kz.gov.tsa.eligibility.application.port.in.UseCaseRefusal;
import kz.gov.tsa.web.ProblemException;

import java.util.function.Supplier;

/** Turns refusals of the application layer into problems (RFC 9457) carrying their rule IDs. */
final class Refusals {

    private Refusals() {
    }

    /** A quarter the pattern let through but the domain refuses (e.g. a year out of range) is a 400, not a 500. */
    static kz.gov.tsa.eligibility.domain.Quarter quarter(String field, String text) {
        try {
            return kz.gov.tsa.eligibility.domain.Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, kz.gov.tsa.web.ProblemType.VALIDATION, null, "request.invalid")
                    .withViolation(field, "request.quarter.out-of-range", text);
        }
    }

    /** Runs a use case; refusals of the application layer and of the reference data become problems. */
    static <T> T call(Supplier<T> useCase) {
        try {
            return ReferenceRest.call(useCase);
        } catch (UseCaseRefusal r) {
            throw switch (r.kind()) {
                case NOT_FOUND -> ProblemException.notFound(r.code(), r.args());
                case CONFLICT -> ProblemException.conflict(r.ruleId(), r.code(), r.args());
            };
        }
    }

}
