package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;

import java.util.Optional;

/** The editor may not change this value (an akimat and another region, or a national parameter): 403. */
public class ChangeNotAllowedException extends RuntimeException {

    private final ReferenceParameter parameter;
    private final Optional<RegionCode> region;
    private final Optional<RegionCode> ownRegion;

    public ChangeNotAllowedException(ReferenceParameter parameter, Optional<RegionCode> region,
                                     Optional<RegionCode> ownRegion) {
        super("may not change " + parameter + region.map(r -> " of " + r).orElse(""));
        this.parameter = parameter;
        this.region = region;
        this.ownRegion = ownRegion;
    }

    public ReferenceParameter parameter() {
        return parameter;
    }

    public Optional<RegionCode> region() {
        return region;
    }

    /** The editor's own region, empty when its token has none. */
    public Optional<RegionCode> ownRegion() {
        return ownRegion;
    }
}
