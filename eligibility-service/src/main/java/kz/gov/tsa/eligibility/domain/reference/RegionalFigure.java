package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenge figure of a region for one quarter (the version's validity) as published or entered: the
 * subsistence minimum (REF-01), the poverty line (REF-05) or the median per-capita income (AMD-01).
 */
public record RegionalFigure(ReferenceParameter parameter, RegionCode regionCode, Tenge amount) implements ReferenceValue {

    public static final Set<ReferenceParameter> KINDS = EnumSet.of(ReferenceParameter.SUBSISTENCE_MINIMUM,
            ReferenceParameter.POVERTY_LINE, ReferenceParameter.MEDIAN_INCOME);

    public RegionalFigure {
        Objects.requireNonNull(parameter, "parameter");
        if (!KINDS.contains(parameter)) {
            throw new IllegalArgumentException(parameter + " is not a regional figure");
        }
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a regional figure is positive");
        }
    }

    @Override
    public String key() {
        return regionCode.value();
    }

    @Override
    public String text() {
        return amount.toString();
    }

    @Override
    public Optional<RegionCode> region() {
        return Optional.of(regionCode);
    }
}
