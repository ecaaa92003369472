package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;

import java.util.Optional;
import java.util.UUID;

/** Reads one application. */
public interface GetApplicationQuery {
    Optional<Application> byId(UUID id);
}
