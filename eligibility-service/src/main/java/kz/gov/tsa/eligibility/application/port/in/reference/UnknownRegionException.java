package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/** The KATO code is well-formed but is not one of the 20 regions (or has no stored region): a refusal (404) naming it. */
public class UnknownRegionException extends RefusedException {

    public UnknownRegionException(RegionCode region) {
        this(region.value());
    }

    public UnknownRegionException(String code) {
        super(Refusal.notFound("reference.unknown-region", code).with("regionCode", code));
    }
}
