package kz.gov.tsa.eligibility.application.port.out.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the stored regions and versions of reference parameters. */
public interface LoadReferenceDataPort {

    List<Region> regions();

    Optional<Region> region(RegionCode code);

    /** Versions of the parameter (one key, or all), ordered by key and first day. */
    List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded);

    /** The active versions of every key of the parameter in force on {@code on}. */
    List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on);

    /** The active version of {@code key} in force on {@code on}. */
    Optional<Version<?>> inForce(ReferenceParameter parameter, String key, LocalDate on);

    /** The region's active basket prices in force on {@code on}, every item. */
    List<Version<BasketPrice>> basketPrices(RegionCode region, LocalDate on);
}
