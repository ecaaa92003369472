package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.FindPersonRegistrationsQuery;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;

import java.util.List;
import java.util.Optional;

/** A person's registrations as the caller may see them (D-42); the portal sees the citizen's own. */
@ApplicationScoped
public class FindPersonRegistrationsService implements FindPersonRegistrationsQuery {

    private final RegistrationStorePort store;
    private final RegistrationAccess access;

    @Inject
    public FindPersonRegistrationsService(RegistrationStorePort store, PersonKeyPort personKeys) {
        this.store = store;
        this.access = new RegistrationAccess(personKeys);
    }

    @Override
    public List<Registration> ofPerson(Caller caller, Optional<String> personKey) {
        Optional<String> key = personKey.isPresent() ? personKey : access.ownKey(caller);
        return key.map(k -> store.findByPerson(k).stream().filter(r -> access.mayRead(caller, r)).toList())
                .orElse(List.of());
    }
}
