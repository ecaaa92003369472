package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** EMP-08/09: deregistration by an operator of the region → {@code Deregistered} with the first re-registration day. */
@ApplicationScoped
public class DeregisterService implements DeregisterUseCase {

    private final RegistrationEdits edits;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public DeregisterService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                             ProgrammeParametersPort parameters, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> deregister(Command c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() != null ? c.on() : today;
        if (on.isAfter(today)) {
            return Outcome.refused(Refusal.invalid("EMP-08", "deregistration.in-the-future").withField("on",
                    "deregistration.in-the-future"));
        }
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.deregister(c.reason(), on, c.validReason(), c.note(), LimitsOn.day(parameters, on),
                        clock.instant()));
    }
}
