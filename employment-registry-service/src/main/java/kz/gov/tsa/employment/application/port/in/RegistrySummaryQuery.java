package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import kz.gov.tsa.employment.domain.RegistrySummary;

import java.util.Optional;

/** Counts the registry per status. */
public interface RegistrySummaryQuery {
    /**
     * Registered persons per status in the region asked for, or in all the caller reaches: a caller bound to one
     * region (an akimat, a regional operator) gets its own region, and 403 {@code region.not-yours} for another.
     */
    Outcome<RegistrySummary> summary(Caller caller, Optional<RegionCode> regionCode);
}
