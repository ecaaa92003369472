package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.application.port.in.UseCaseRefusal;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.web.ProblemException;

import java.util.function.Supplier;

/** Turns refusals of the application layer into problems (RFC 9457) carrying their rule IDs. */
final class Refusals {

    private Refusals() {
    }

    static <T> T call(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (UseCaseRefusal r) {
            throw switch (r.kind()) {
                case NOT_FOUND -> ProblemException.notFound(r.code(), r.args());
                case CONFLICT -> ProblemException.conflict(r.ruleId(), r.code(), r.args());
            };
        } catch (UnknownRegionException u) {
            throw ProblemException.unprocessable("REF-05", "reference.unknown-region", u.region().value())
                    .with("regionCode", u.region().value());
        } catch (MissingReferenceDataException m) {
            throw ProblemException.unprocessable("REF-05", "reference.missing", m.parameter(), m.key(), m.date().toString())
                    .with("parameter", m.parameter()).with("key", m.key()).with("date", m.date().toString());
        }
    }
}
