package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordReferralOutcomeUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** PRG-10, EMP-08 (1): each refusal of suitable work is announced; the second deregisters. */
@ApplicationScoped
public class RecordReferralOutcomeService implements RecordReferralOutcomeUseCase {

    private final RegistrationEdits edits;
    private final ProgrammeParametersPort parameters;
    private final Clock clock;

    @Inject
    public RecordReferralOutcomeService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events,
                                        ProgrammeParametersPort parameters, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.parameters = parameters;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> record(Command c) {
        LocalDate on = c.on() != null ? c.on() : LocalDate.now(clock);
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.recordReferralOutcome(c.referralId(), c.turnedUp(), on, LimitsOn.day(parameters, on),
                        clock.instant()));
    }
}
