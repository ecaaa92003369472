package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads the regions and the stored versions of the dated parameters (REF-01..07, ELIG-06, CON-04).
 * A value missing for the asked date is a {@code MissingReferenceDataException} naming the parameter,
 * key and date — never a default.
 */
public interface ReferenceDataQuery {

    /** The 20 regions, by KATO code. */
    List<Region> regions();

    /** @throws UnknownRegionException when the code is not one of them */
    Region region(RegionCode code);

    /**
     * The versions of a parameter (of one key, or of all), by key and first day; superseded versions
     * (corrected later) only when asked for.
     */
    List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded);

    /**
     * The version of each key in force on {@code on} (e.g. both retirement ages).
     *
     * @throws kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException when none is
     */
    List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on);

    /**
     * The version of {@code key} in force on {@code on}.
     *
     * @throws kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException when none is
     */
    Version<?> inForce(ReferenceParameter parameter, String key, LocalDate on);
}
