package kz.gov.tsa.employment.application.port.out;

import kz.gov.tsa.employment.domain.RegistrationStatus;

import java.util.Map;
import java.util.Optional;

/** Counts registrations per status. */
public interface CountRegistrationsPort {
    Map<RegistrationStatus, Long> countByStatus(Optional<String> regionCode);
}
