package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RecordOfferUseCase;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Outcome;

/** EMP-03 / PRG-09: records the Centre's offer within the window. */
@ApplicationScoped
public class RecordOfferService implements RecordOfferUseCase {

    private final RegistrationEdits edits;

    @Inject
    public RecordOfferService(RegistrationStorePort store, PersonKeyPort personKeys, PublishEventPort events) {
        this.edits = new RegistrationEdits(store, personKeys, events);
    }

    @Override
    @Transactional
    public Outcome<Registration> record(Command c) {
        return edits.apply(c.caller(), c.registrationId(),
                r -> r.recordOffer(c.offer()));
    }
}
