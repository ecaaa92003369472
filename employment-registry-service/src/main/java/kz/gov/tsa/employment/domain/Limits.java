package kz.gov.tsa.employment.domain;

import java.math.BigDecimal;

/**
 * The Programme's limits in force on one day ({@link ProgrammeParameter}): the application layer resolves them
 * from the dated table; a missing value is refused there (422 {@code reference.missing}), never guessed here.
 */
@FunctionalInterface
public interface Limits {

    BigDecimal value(ProgrammeParameter parameter);

    default int whole(ProgrammeParameter parameter) {
        return value(parameter).intValueExact();
    }
}
