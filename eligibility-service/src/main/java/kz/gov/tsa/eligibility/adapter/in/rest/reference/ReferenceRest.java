package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import kz.gov.tsa.web.Callers;
import jakarta.ws.rs.core.Response;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.ChangeView;
import kz.gov.tsa.eligibility.adapter.in.rest.reference.ReferenceViews.VersionView;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase;
import kz.gov.tsa.eligibility.application.port.in.reference.Editor;
import kz.gov.tsa.eligibility.application.port.in.reference.ReferenceDataQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.web.ProblemException;
import kz.gov.tsa.web.ProblemType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the reference-data resources share: the roles, parsing of path and query values into 400
 * problems, the editor from the token, and the mapping of the application's refusals to problems
 * (RFC 9457) carrying their rule IDs.
 */
public final class ReferenceRest {

    static final String OPERATOR = "operator";
    static final String COMMISSION = "commission";
    static final String AKIMAT = "akimat";
    static final String PORTAL = "portal";
    static final String AUDITOR = "auditor";
    static final String ADMIN = "admin";

    static final String REGION_PATTERN = "\\d{9}";
    static final String QUARTER_PATTERN = "\\d{4}-Q[1-4]";
    static final String DATE_PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    private ReferenceRest() {
    }

    /** The caller as an editor (the token is read once, by {@link Callers}). */
    static Editor editor(Callers callers) {
        return Editor.of(callers.current());
    }

    /** The versions of a parameter, of one key or all. */
    static List<VersionView> versions(ReferenceDataQuery data, ReferenceParameter parameter, Optional<String> key,
                                      boolean includeSuperseded) {
        return VersionView.of(data.versions(parameter, key, includeSuperseded));
    }

    /** The version of {@code key} in force on the date given as text; 422 naming it when there is none. */
    static VersionView inForce(ReferenceDataQuery data, ReferenceParameter parameter, String key, String date) {
        LocalDate on = date("date", date);
        return VersionView.of(data.inForce(parameter, key, on));
    }

    /** Records a new version of a national or regional value: 201 with what was stored. */
    static Response record(ChangeReferenceDataUseCase change, Callers caller, ReferenceValue value,
                           LocalDate validFrom, LocalDate validTo, String source, String reason) {
        checkValidity(validFrom, validTo);
        var command = new ChangeReferenceDataUseCase.RecordVersionCommand(value, validFrom, validTo, source, reason,
                editor(caller));
        return created(change.record(command));
    }

    static Response created(ChangeReferenceDataUseCase.Change change) {
        return Response.status(Response.Status.CREATED).entity(ChangeView.of(change)).build();
    }

    /** A region path value already checked against {@link #REGION_PATTERN} by Bean Validation. */
    /** Records a region's figure (published PL, SM or entered median income) for a quarter, as the caller. */
    static ReferenceViews.ChangeView recordFigure(ChangeReferenceDataUseCase change, Callers caller,
                                                  ReferenceParameter kind, String regionCode, String quarter,
                                                  ReferenceRequests.FigureRequest request) {
        RegionalFigure figure = new RegionalFigure(kind, region(regionCode), new Tenge(request.amount()));
        var command = ChangeReferenceDataUseCase.RecordVersionCommand.forQuarter(figure, quarter(quarter),
                request.source(), request.reason(), editor(caller));
        return ReferenceViews.ChangeView.of(change.record(command));
    }

    static RegionCode region(String code) {
        if (code == null || !code.matches(REGION_PATTERN)) {
            throw invalid("regionCode", "tsa.region.invalid");
        }
        if (!RegionCode.isKnown(code)) {
            throw new UnknownRegionException(code);
        }
        return new RegionCode(code);
    }

    static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid("quarter", "reference.quarter.invalid");
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw invalid(field, "reference.date.invalid");
        }
    }

    /** {@code validTo}, when given, is not before {@code validFrom}. */
    static void checkValidity(LocalDate validFrom, LocalDate validTo) {
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw invalid("validTo", "reference.validity.order");
        }
    }

    /** 400 listing one field. */
    static ProblemException invalid(String field, String messageKey, Object... args) {
        return new ProblemException(400, ProblemType.VALIDATION, null, "detail.validation")
                .withViolation(field, messageKey, args);
    }

    /** Builds a domain value whose remaining checks failed after Bean Validation: a 400, never a 500. */
    static <T> T value(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw invalid(field, "reference.value.invalid", e.getMessage());
        }
    }
}
