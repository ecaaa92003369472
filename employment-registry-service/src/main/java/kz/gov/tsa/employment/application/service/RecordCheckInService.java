package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordCheckInUseCase;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** EMP-04/07: a check-in at the Centre (operator) or at the akim for rural residents (akimat of the region). */
@ApplicationScoped
public class RecordCheckInService implements RecordCheckInUseCase {

    private final RegistrationEdits edits;
    private final CalendarPort calendar;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public RecordCheckInService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                CalendarPort calendar, ProgrammeParametersPort parameters, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.calendar = calendar;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> checkIn(Command c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() != null ? c.on() : today;
        if (on.isAfter(today)) {
            return Outcome.refused(Refusal.invalid("EMP-04", "check-in.in-the-future").withField("on",
                    "check-in.in-the-future"));
        }
        String place = c.caller().hasRole("akimat") ? "akim" : "centre";
        return edits.applyCheckIn(c.caller(), c.registrationId(),
                r -> r.checkIn(on, place, calendar.calendar(), LimitsOn.day(parameters, on)));
    }
}
