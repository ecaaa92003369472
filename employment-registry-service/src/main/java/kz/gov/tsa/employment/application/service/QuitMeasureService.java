package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.QuitMeasureUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** Leaving a measure before its end → {@code MeasureQuit} (EMP-08 (2) is then the operator's decision). */
@ApplicationScoped
public class QuitMeasureService implements QuitMeasureUseCase {

    private final RegistrationEdits edits;
    private final Clock clock;

    @Inject
    public QuitMeasureService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                              Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> quit(Command c) {
        LocalDate on = c.on() != null ? c.on() : LocalDate.now(clock);
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.quitMeasure(c.participationId(), on, c.ownInitiative(), clock.instant()));
    }
}
