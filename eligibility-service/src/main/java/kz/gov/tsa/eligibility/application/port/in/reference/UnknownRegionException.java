package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.eligibility.domain.RegionCode;

/** The KATO code is well-formed but is not one of the 20 regions: 404. */
public class UnknownRegionException extends RuntimeException {

    private final RegionCode region;

    public UnknownRegionException(RegionCode region) {
        super("no region " + region);
        this.region = region;
    }

    public RegionCode region() {
        return region;
    }
}
