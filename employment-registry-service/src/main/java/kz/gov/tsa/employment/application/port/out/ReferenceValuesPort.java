package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.kernel.Sex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * D-40: the reference values eligibility-service owns, as this service learned them from {@code tsa.reference.v1}
 * (the version in force on a day; the highest version of a (parameter, validFrom) wins).
 */
public interface ReferenceValuesPort {

    /** {@code MCI.SOCIAL_PAYMENTS} on {@code day}, in tenge. */
    Optional<BigDecimal> mciOn(LocalDate day);

    /** {@code RETIREMENT_AGE.MALE} / {@code RETIREMENT_AGE.FEMALE} on {@code day}, in years (e.g. 61.0). */
    Optional<BigDecimal> retirementAgeOn(Sex sex, LocalDate day);
}
