package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/** The KATO code is well-formed but is not one of the 20 regions: a refusal (404) naming it. */
public class UnknownRegionException extends RefusedException {

    public UnknownRegionException(RegionCode region) {
        super(Refusal.notFound("reference.unknown-region", region.value()).with("regionCode", region.value()));
    }
}
