package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.RegistrySummary;

import java.util.Optional;

/** Counts the registry per status. */
public interface RegistrySummaryQuery {
    RegistrySummary summary(Optional<String> regionCode);
}
