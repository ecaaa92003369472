package kz.gov.tsa.contract.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.calendar.CalendarNotAvailableException;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.time.LocalDate;

/**
 * CON-03: a contract is signed within 3 working days after the precinct commission's conclusion. Working days are
 * those of the Kazakhstan calendar (EMP-10): weekends, public holidays, moved and transferred days off are skipped,
 * a Saturday made a working day counts; the day of the conclusion itself never counts.
 */
public final class SigningDeadline {

    /** CON-03 (not a [param] in RULES.md): the number of working days to sign. */
    public static final int WORKING_DAYS = 3;

    private SigningDeadline() {
    }

    /** The last day to sign, or a 422 (EMP-10) when the calendar has no complete data for the days counted. */
    public static Outcome<LocalDate> after(LocalDate commissionConcludedOn, WorkingCalendar calendar) {
        try {
            return Outcome.accepted(calendar.addWorkingDays(commissionConcludedOn, WORKING_DAYS));
        } catch (CalendarNotAvailableException e) {
            return Outcome.refused(Refusal.unprocessable("EMP-10", "calendar.not-available", String.valueOf(e.year()))
                    .with("year", e.year()));
        }
    }
}
