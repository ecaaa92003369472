package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.ProgrammeParameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The Programme's own limits in force on a day (table {@code programme_parameter}, dated, with sources). */
public interface ProgrammeParametersPort {
    Optional<BigDecimal> valueOn(ProgrammeParameter parameter, LocalDate day);
}
