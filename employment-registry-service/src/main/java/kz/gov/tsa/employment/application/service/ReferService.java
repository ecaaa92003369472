package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.ReferUseCase;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** PRG-10: a referral to a vacancy or a measure, with its 5-working-day turn-up day. */
@ApplicationScoped
public class ReferService implements ReferUseCase {

    private final RegistrationEdits edits;
    private final CalendarPort calendar;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public ReferService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                        CalendarPort calendar, ProgrammeParametersPort parameters, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.calendar = calendar;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> refer(Command c) {
        LocalDate on = c.referredOn() != null ? c.referredOn() : LocalDate.now(clock);
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.refer(UUID.randomUUID(), c.kind(), c.target(), c.suitableWork(), on, calendar.calendar(),
                        LimitsOn.day(parameters, on)));
    }
}
