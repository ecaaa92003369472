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

    private final RegistrationStorePort store;
    private final RegistrationAccess access;
    private final RegistrationChanges changes;
    private final Clock clock;

    @Inject
    public RecordInvitationArrivalService(RegistrationStorePort store, PersonKeyPort personKeys,
                                          PublishEventPort events, Clock clock) {
        this.store = store;
        this.access = new RegistrationAccess(personKeys);
        this.changes = new RegistrationChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Registration> arrived(Command c) {
        LocalDate on = c.on() != null ? c.on() : LocalDate.now(clock);
        return changes.apply(access.writable(c.caller(), c.registrationId(), store.findForUpdate(c.registrationId())),
                r -> r.recordArrival(c.invitationId(), on), c.caller().subject());
    }
}
