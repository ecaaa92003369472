package kz.gov.tsa.eligibility.application.service.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.FoodBasket;
import kz.gov.tsa.eligibility.domain.reference.FoodSplit;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.SubsistenceMinimum;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static kz.gov.tsa.eligibility.application.service.reference.ReferenceDataQueryService.missing;

/**
 * Derives the money figures of a region and quarter from the stored versions (REF-01..05): the pure
 * arithmetic is in the domain ({@link FoodBasket}, {@link FoodSplit}, {@link PovertyLineMethod}); this
 * service picks the versions in force and names the first one that is missing.
 */
@ApplicationScoped
public class RegionalMoneyService implements RegionalMoneyQuery {

    private final LoadReferenceDataPort load;

    @Inject
    public RegionalMoneyService(LoadReferenceDataPort load) {
        this.load = load;
    }

    @Override
    @Transactional
    public SubsistenceMinimum subsistenceMinimum(RegionCode region, Quarter quarter) {
        requireRegion(region);
        return resolveSubsistenceMinimum(region, quarter);
    }

    @Override
    @Transactional
    public PovertyLine povertyLine(RegionCode region, Quarter quarter) {
        requireRegion(region);
        Optional<Version<RegionalFigure>> published = stored(ReferenceParameter.POVERTY_LINE, region, quarter);
        if (published.isPresent()) {
            return PovertyLine.published(quarter, published.get());
        }
        LocalDate day = quarter.firstDay();
        Version<PovertyLineMethod> method = load.inForce(ReferenceParameter.POVERTY_LINE_METHOD,
                        ReferenceParameter.NATIONAL_KEY, day)
                .orElseThrow(() -> missing(ReferenceParameter.POVERTY_LINE_METHOD, ReferenceParameter.NATIONAL_KEY, day))
                .as(PovertyLineMethod.class);
        Quarter base = quarter.previous();
        SubsistenceMinimum sm = resolveSubsistenceMinimum(region, base);
        Version<RegionalFigure> median = null;
        if (method.value().needsMedianIncome()) {
            median = stored(ReferenceParameter.MEDIAN_INCOME, region, base)
                    .orElseThrow(() -> missing(ReferenceParameter.MEDIAN_INCOME, region.value(), base.firstDay()));
        }
        return PovertyLine.byMethod(quarter, method, sm, median);
    }

    @Override
    @Transactional
    public BasketCost basketCost(RegionCode region, Quarter quarter) {
        requireRegion(region);
        LocalDate day = quarter.firstDay();
        List<Version<BasketItem>> items = basketItems(day);
        if (items.isEmpty()) {
            throw missing(ReferenceParameter.BASKET_ITEM, ReferenceParameter.NATIONAL_KEY, day);
        }
        return cost(region, quarter, items, pricesByItem(region, day));
    }

    @Override
    @Transactional
    public List<Version<BasketPrice>> basketPrices(RegionCode region, Quarter quarter) {
        requireRegion(region);
        return load.basketPrices(region, quarter.firstDay());
    }

    @Override
    @Transactional
    public Version<RegionalFigure> figure(ReferenceParameter kind, RegionCode region, Quarter quarter) {
        requireRegion(region);
        return stored(kind, region, quarter)
                .orElseThrow(() -> missing(kind, region.value(), quarter.firstDay()));
    }

    /**
     * REF-01/02: from the basket when the region has prices for the quarter and the basket is official;
     * a placeholder basket is never used. Otherwise the published figure.
     */
    private SubsistenceMinimum resolveSubsistenceMinimum(RegionCode region, Quarter quarter) {
        LocalDate day = quarter.firstDay();
        Map<String, Version<BasketPrice>> prices = pricesByItem(region, day);
        boolean placeholderIgnored = false;
        if (!prices.isEmpty()) {
            List<Version<BasketItem>> items = basketItems(day);
            if (items.isEmpty()) {
                throw missing(ReferenceParameter.BASKET_ITEM, ReferenceParameter.NATIONAL_KEY, day);
            }
            if (items.stream().anyMatch(i -> i.value().placeholder())) {
                placeholderIgnored = true;
            } else {
                BasketCost cost = cost(region, quarter, items, prices);
                Version<FoodSplit> split = load.inForce(ReferenceParameter.FOOD_SPLIT, ReferenceParameter.NATIONAL_KEY, day)
                        .orElseThrow(() -> missing(ReferenceParameter.FOOD_SPLIT, ReferenceParameter.NATIONAL_KEY, day))
                        .as(FoodSplit.class);
                return SubsistenceMinimum.fromBasket(region, quarter, cost.cost(), split, cost.versions());
            }
        }
        Version<RegionalFigure> published = stored(ReferenceParameter.SUBSISTENCE_MINIMUM, region, quarter)
                .orElseThrow(() -> missing(ReferenceParameter.SUBSISTENCE_MINIMUM, region.value(), day));
        return SubsistenceMinimum.published(quarter, published, placeholderIgnored);
    }

    private BasketCost cost(RegionCode region, Quarter quarter, List<Version<BasketItem>> items,
                            Map<String, Version<BasketPrice>> prices) {
        FoodBasket basket = new FoodBasket(items.stream().map(Version::value).toList());
        List<String> unpriced = basket.unpriced(prices.keySet());
        if (!unpriced.isEmpty()) {
            throw missing(ReferenceParameter.BASKET_PRICE, BasketPrice.key(region, unpriced.getFirst()),
                    quarter.firstDay());
        }
        Map<String, Tenge> perUnit = new LinkedHashMap<>();
        List<Version<?>> used = new ArrayList<>(items);
        for (Version<BasketItem> item : items) {
            Version<BasketPrice> price = prices.get(item.value().code());
            perUnit.put(item.value().code(), price.value().price());
            used.add(price);
        }
        return new BasketCost(region, quarter, basket.cost(perUnit), used);
    }

    private List<Version<BasketItem>> basketItems(LocalDate day) {
        return load.inForce(ReferenceParameter.BASKET_ITEM, day).stream()
                .map(v -> v.as(BasketItem.class))
                .sorted(Comparator.comparing(v -> v.value().code()))
                .toList();
    }

    private Map<String, Version<BasketPrice>> pricesByItem(RegionCode region, LocalDate day) {
        Map<String, Version<BasketPrice>> byItem = new LinkedHashMap<>();
        load.basketPrices(region, day).forEach(p -> byItem.put(p.value().itemCode(), p));
        return byItem;
    }

    private Optional<Version<RegionalFigure>> stored(ReferenceParameter kind, RegionCode region, Quarter quarter) {
        if (!RegionalFigure.KINDS.contains(kind)) {
            throw new IllegalArgumentException(kind + " is not a regional figure");
        }
        return load.inForce(kind, region.value(), quarter.firstDay()).map(v -> v.as(RegionalFigure.class));
    }

    private void requireRegion(RegionCode region) {
        if (load.region(region).isEmpty()) {
            throw new UnknownRegionException(region);
        }
    }
}
