package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordEmployerAnswerUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** PRG-05 (D-71): records the social job employer's answer, audited with the operator who took it. */
@ApplicationScoped
public class RecordEmployerAnswerService implements RecordEmployerAnswerUseCase {

    private final RegistrationEdits edits;
    private final Clock clock;

    @Inject
    public RecordEmployerAnswerService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                       Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> record(Command c) {
        LocalDate today = LocalDate.now(clock);
        LocalDate on = c.on() != null ? c.on() : today;
        if (on.isAfter(today)) {
            return Outcome.refused(Refusal.invalid("PRG-05", "referral.employer-answer-in-the-future")
                    .withField("on", "referral.employer-answer-in-the-future"));
        }
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.recordEmployerAnswer(c.referralId(), c.answer(), on));
    }
}
