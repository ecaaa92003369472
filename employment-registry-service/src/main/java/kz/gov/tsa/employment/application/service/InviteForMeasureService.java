package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.InviteForMeasureUseCase;
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

/** EMP-08 (2): an invitation for an active measure with its 3-working-day come-by day. */
@ApplicationScoped
public class InviteForMeasureService implements InviteForMeasureUseCase {

    private final RegistrationEdits edits;
    private final CalendarPort calendar;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public InviteForMeasureService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                   CalendarPort calendar, ProgrammeParametersPort parameters, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.calendar = calendar;
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> invite(Command c) {
        LocalDate on = c.invitedOn() != null ? c.invitedOn() : LocalDate.now(clock);
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.invite(UUID.randomUUID(), c.measure(), on, calendar.calendar(), LimitsOn.day(parameters, on)));
    }
}
