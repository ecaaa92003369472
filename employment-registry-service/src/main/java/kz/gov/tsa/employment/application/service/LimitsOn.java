package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.MissingReferenceException;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.domain.Limits;

import java.time.LocalDate;

/** The Programme's limits in force on one day; a missing one is a 422 naming the parameter and the day. */
final class LimitsOn {

    private LimitsOn() {
    }

    static Limits day(ProgrammeParametersPort parameters, LocalDate day) {
        return p -> parameters.valueOn(p, day)
                .orElseThrow(() -> new MissingReferenceException(p.ruleId(), "reference.missing", p.name(), day));
    }
}
