package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordInvitationArrivalUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** EMP-08 (2): the invited person came (in time or late). */
@ApplicationScoped
public class RecordInvitationArrivalService implements RecordInvitationArrivalUseCase {

    private final RegistrationEdits edits;
    private final Clock clock;

    @Inject
    public RecordInvitationArrivalService(RegistrationStorePort store, PersonKeyPort personKeys,
                                          PublishEventPort events, Clock clock) {
        this.edits = new RegistrationEdits(store, personKeys, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> arrived(Command c) {
        LocalDate on = c.on() != null ? c.on() : LocalDate.now(clock);
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.recordArrival(c.invitationId(), on));
    }
}
