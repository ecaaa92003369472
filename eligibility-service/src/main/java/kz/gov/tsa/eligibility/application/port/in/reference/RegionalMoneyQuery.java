package kz.gov.tsa.eligibility.application.port.in.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.FoodBasket;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.SubsistenceMinimum;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.util.List;
import java.util.Objects;

/**
 * The money figures of a region and quarter (REF-01..05), each with how it was obtained and the stored
 * versions it rests on. Every method throws {@link UnknownRegionException} for a code that is not one of
 * the 20 regions and {@code MissingReferenceDataException} naming the first missing parameter, key and
 * date.
 */
public interface RegionalMoneyQuery {

    /**
     * REF-01/02: computed from the official food basket and the split when the region has prices for the
     * quarter, otherwise the published figure.
     */
    SubsistenceMinimum subsistenceMinimum(RegionCode region, Quarter quarter);

    /**
     * REF-04/05: the region's published figure for the quarter, otherwise the method in force for the
     * quarter applied to the SM (and median income) of the quarter before.
     */
    PovertyLine povertyLine(RegionCode region, Quarter quarter);

    /** REF-03: the monthly cost of the basket in force for the quarter at the region's prices, with the energy check. */
    BasketCost basketCost(RegionCode region, Quarter quarter);

    /** REF-03: the region's prices for the quarter (possibly none). */
    List<Version<BasketPrice>> basketPrices(RegionCode region, Quarter quarter);

    /** The stored figure (SUBSISTENCE_MINIMUM, POVERTY_LINE or MEDIAN_INCOME) of the region for the quarter. */
    Version<RegionalFigure> figure(ReferenceParameter kind, RegionCode region, Quarter quarter);

    /** The basket's cost with the item and price versions it rests on. */
    record BasketCost(RegionCode region, Quarter quarter, FoodBasket.Cost cost, List<Version<?>> versions) {
        public BasketCost {
            Objects.requireNonNull(cost, "cost");
            versions = List.copyOf(versions);
        }
    }
}
