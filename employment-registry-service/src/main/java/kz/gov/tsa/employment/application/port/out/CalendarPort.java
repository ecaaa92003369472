package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.kernel.calendar.WorkingCalendar;

/** The EMP-10 working-day calendar of the service's database. */
public interface CalendarPort {
    WorkingCalendar calendar();
}
