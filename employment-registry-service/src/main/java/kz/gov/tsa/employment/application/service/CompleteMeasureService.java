package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.CompleteMeasureUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** D-72: the operator records a measure's completion, audited, announced as {@code MeasureCompleted}. */
@ApplicationScoped
public class CompleteMeasureService implements CompleteMeasureUseCase {

    private final RegistrationEdits edits;
    private final Clock clock;

    @Inject
    public CompleteMeasureService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                  Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> complete(Command c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() != null ? c.on() : today;
        if (on.isAfter(today)) {
            return Outcome.refused(Refusal.invalid("PRG-10", "measure.completion-in-the-future")
                    .withField("on", "measure.completion-in-the-future"));
        }
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.completeMeasure(c.participationId(), on, clock.instant()));
    }
}
