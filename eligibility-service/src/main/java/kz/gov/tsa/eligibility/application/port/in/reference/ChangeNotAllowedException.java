package kz.gov.tsa.eligibility.application.port.in.reference;

import java.util.Optional;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;

/**
 * The editor may not change this value: a national parameter changed by an akimat, an akimat without a region
 * claim, or another region's value — a refusal (403) saying which.
 */
public class ChangeNotAllowedException extends RefusedException {

    public ChangeNotAllowedException(ReferenceParameter parameter, Optional<RegionCode> region,
                                     Optional<RegionCode> ownRegion) {
        super(refusal(parameter, region, ownRegion));
    }

    private static Refusal refusal(ReferenceParameter parameter, Optional<RegionCode> region,
                                   Optional<RegionCode> ownRegion) {
        if (!parameter.regional()) {
            return Refusal.forbidden("reference.change.ministry-only", parameter.name())
                    .with("parameter", parameter.name());
        }
        if (ownRegion.isEmpty()) {
            return Refusal.forbidden("reference.change.no-region-claim");
        }
        String code = region.map(RegionCode::value).orElse("");
        return Refusal.forbidden("reference.change.region-not-own", code, ownRegion.get().value())
                .with("regionCode", code).with("ownRegion", ownRegion.get().value());
    }
}
