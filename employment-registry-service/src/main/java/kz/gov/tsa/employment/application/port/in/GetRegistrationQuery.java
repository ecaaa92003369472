package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/** One registration, if the caller may see it (404 otherwise). */
public interface GetRegistrationQuery {
    Outcome<Registration> get(Caller caller, UUID id);
}
