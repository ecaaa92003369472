package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.ProblemException;
import kz.gov.tsa.web.ProblemType;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * What the reference-data resources share besides {@link ReferenceEndpoints}: the roles, the patterns
 * of path and query values and their parsing into 400 problems naming the field.
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

    /** The constant of {@code type} named {@code text} exactly; a 400 naming {@code field} otherwise. */
    static <E extends Enum<E>> E constant(Class<E> type, String field, String messageKey, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw invalid(field, messageKey, text);
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
