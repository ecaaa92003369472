package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.GetRegistrationQuery;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/** One registration as the caller may see it (D-42). */
@ApplicationScoped
public class GetRegistrationService implements GetRegistrationQuery {

    private final RegistrationStorePort store;
    private final RegistrationAccess access;

    @Inject
    public GetRegistrationService(RegistrationStorePort store, PersonKeyPort personKeys) {
        this.store = store;
        this.access = new RegistrationAccess(personKeys);
    }

    @Override
    public Outcome<Registration> get(Caller caller, UUID id) {
        return access.readable(caller, id, store.findById(id));
    }
}
