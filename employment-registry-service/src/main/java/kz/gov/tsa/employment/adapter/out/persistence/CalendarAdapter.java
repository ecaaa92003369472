package kz.gov.tsa.employment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.calendar.WorkingCalendarRepository;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

/** The seeded EMP-10 calendar of the service's database (libs/calendar). */
@ApplicationScoped
class CalendarAdapter implements CalendarPort {

    private final WorkingCalendarRepository repository;

    @Inject
    CalendarAdapter(WorkingCalendarRepository repository) {
        this.repository = repository;
    }

    @Override
    public WorkingCalendar calendar() {
        return repository.current();
    }
}
