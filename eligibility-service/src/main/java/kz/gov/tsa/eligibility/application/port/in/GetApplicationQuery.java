package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/** Reads one application, as the caller may see it (D-11: staff of its region, the portal that submitted it). */
public interface GetApplicationQuery {

    /** The application, or 404 when it does not exist or the caller may not see it. */
    Outcome<Application> byId(UUID id, Caller caller);
}
