package kz.gov.tsa.eligibility.application.service.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.reference.ReferenceDataQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads the dated reference parameters: the regions, the versions of a parameter and the ones in force. */
@ApplicationScoped
public class ReferenceDataQueryService implements ReferenceDataQuery {

    private final LoadReferenceDataPort load;

    @Inject
    public ReferenceDataQueryService(LoadReferenceDataPort load) {
        this.load = load;
    }

    @Override
    @Transactional
    public List<Region> regions() {
        return load.regions();
    }

    @Override
    @Transactional
    public Region region(RegionCode code) {
        return region(load, code);
    }

    @Override
    @Transactional
    public List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded) {
        key.flatMap(k -> regionOf(parameter, k)).ifPresent(this::region);
        return load.versions(parameter, key, includeSuperseded);
    }

    @Override
    @Transactional
    public List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on) {
        List<Version<?>> found = load.inForce(parameter, on);
        if (found.isEmpty()) {
            throw new MissingReferenceDataException(parameter.name(), ReferenceParameter.NATIONAL_KEY, on);
        }
        return found;
    }

    @Override
    @Transactional
    public Version<?> inForce(ReferenceParameter parameter, String key, LocalDate on) {
        regionOf(parameter, key).ifPresent(this::region);
        return load.inForce(parameter, key, on).orElseThrow(() -> missing(parameter, key, on));
    }

    /** The region, or the 404 of an unknown one. */
    static Region region(LoadReferenceDataPort load, RegionCode code) {
        return load.region(code).orElseThrow(() -> new UnknownRegionException(code));
    }

    /** The region a regional parameter's key starts with ({@code 750000000} or {@code 750000000/BREAD}). */
    static Optional<RegionCode> regionOf(ReferenceParameter parameter, String key) {
        if (!parameter.regional() || key.length() < 9 || !key.substring(0, 9).matches("\\d{9}")) {
            return Optional.empty();
        }
        return Optional.of(new RegionCode(key.substring(0, 9)));
    }

    /** A missing value, named as a decision would cite it (quarterly keys carry the quarter). */
    static MissingReferenceDataException missing(ReferenceParameter parameter, String key, LocalDate on) {
        String label = parameter.quarterly() ? key + "/" + Quarter.of(on) : key;
        return new MissingReferenceDataException(parameter.name(), label, on);
    }
}
