package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;

import java.util.List;
import java.util.Optional;

/** A person's registrations, oldest first, that the caller may see; the portal's own when no key is given. */
public interface FindPersonRegistrationsQuery {
    List<Registration> ofPerson(Caller caller, Optional<String> personKey);
}
