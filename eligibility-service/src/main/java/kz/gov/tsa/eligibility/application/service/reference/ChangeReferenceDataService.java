package kz.gov.tsa.eligibility.application.service.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeNotAllowedException;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase;
import kz.gov.tsa.eligibility.application.port.in.reference.Editor;
import kz.gov.tsa.eligibility.application.port.in.reference.InvalidReferenceChangeException;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.StoreReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.ReleaseReferenceValuePort;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes the dated reference parameters. A change is checked (editor's right, region, basket item), planned by
 * {@link Timeline} over the locked timeline and stored with its audit record in one transaction.
 */
@ApplicationScoped
public class ChangeReferenceDataService implements ChangeReferenceDataUseCase {

    private static final Logger LOG = Logger.getLogger(ChangeReferenceDataService.class);

    private final LoadReferenceDataPort load;
    private final StoreReferenceDataPort store;
    private final ReleaseReferenceValuePort release;

    @Inject
    public ChangeReferenceDataService(LoadReferenceDataPort load, StoreReferenceDataPort store,
                                      ReleaseReferenceValuePort release) {
        this.load = load;
        this.store = store;
        this.release = release;
    }

    /** D-25: a new version of a published parameter (and any remainder) goes out in the same transaction. */
    private void releaseIfPublished(ReferenceParameter parameter) {
        if (ReferenceRelease.PUBLISHED.contains(parameter)) {
            ReferenceReleases.releasePending(load, release);
        }
    }

    @Override
    @Transactional
    public Change record(RecordVersionCommand command) {
        ReferenceValue value = command.value();
        authorize(command.editor(), value.parameter(), value.region());
        if (value instanceof BasketPrice price) {
            requireInBasket(price.itemCode(), Quarter.of(command.validFrom()), "itemCode");
        }
        return change(value.parameter(), value.key(), command.validFrom(), command.validTo(), value, command.source(),
                command.reason(), command.editor());
    }

    @Override
    @Transactional
    public List<Change> putBasketPrices(PutBasketPricesCommand command) {
        RegionCode region = command.region();
        Quarter quarter = command.quarter();
        authorize(command.editor(), ReferenceParameter.BASKET_PRICE, Optional.of(region));
        Set<String> basket = basketCodes(quarter);
        for (String code : command.prices().keySet()) {
            if (!basket.contains(code)) {
                throw new InvalidReferenceChangeException("REF-03", "prices." + code, "reference.basket.not-in-basket",
                        code, quarter.toString());
            }
        }
        List<Change> changes = new ArrayList<>();
        command.prices().forEach((code, price) -> changes.add(change(ReferenceParameter.BASKET_PRICE,
                BasketPrice.key(region, code), quarter.firstDay(), quarter.lastDay(), new BasketPrice(region, code, price),
                command.source(), command.reason(), command.editor())));
        Validity range = Validity.of(quarter);
        for (Version<BasketPrice> old : load.basketPrices(region, quarter.firstDay())) {
            if (!command.prices().containsKey(old.value().itemCode())) {
                changes.add(withdrawRange(ReferenceParameter.BASKET_PRICE, old.value().key(), range, command.reason(),
                        command.editor()));
            }
        }
        return changes;
    }

    @Override
    @Transactional
    public Change withdraw(WithdrawCommand command) {
        authorize(command.editor(), command.parameter(),
                ReferenceDataQueryService.regionOf(command.parameter(), command.key()));
        List<Timeline.Span> spans = store.lockTimeline(command.parameter(), command.key());
        Timeline.Plan plan = Timeline.withdraw(spans, command.from());
        return withdrawal(command.parameter(), command.key(), plan, command.reason(), command.editor());
    }

    private Change withdrawRange(ReferenceParameter parameter, String key, Validity range, String reason, Editor editor) {
        Timeline.Plan plan = Timeline.withdraw(store.lockTimeline(parameter, key), range);
        return withdrawal(parameter, key, plan, reason, editor);
    }

    private Change withdrawal(ReferenceParameter parameter, String key, Timeline.Plan plan, String reason,
                              Editor editor) {
        if (plan.closures().isEmpty() && plan.superseded().isEmpty()) {
            throw new InvalidReferenceChangeException(parameter.ruleId(), "from", "reference.withdraw.nothing",
                    parameter.name(), key);
        }
        StoreReferenceDataPort.Stored stored = store.store(
                new StoreReferenceDataPort.Change(parameter, key, plan, null, null, reason, editor.name()));
        releaseIfPublished(parameter);
        LOG.infof("%s %s withdrawn by %s", parameter, key, editor.name());
        return new Change(parameter, key, Optional.empty(), plan.closures(), plan.superseded(), stored.remainders());
    }

    private Change change(ReferenceParameter parameter, String key, LocalDate from, LocalDate to, ReferenceValue value,
                          String source, String reason, Editor editor) {
        List<Timeline.Span> spans = store.lockTimeline(parameter, key);
        Timeline.Plan plan = Timeline.add(spans, from, to);
        StoreReferenceDataPort.Stored stored = store.store(
                new StoreReferenceDataPort.Change(parameter, key, plan, value, source, reason, editor.name()));
        releaseIfPublished(parameter);
        LOG.infof("%s %s = %s from %s recorded by %s", parameter, key, value.text(), plan.validity(), editor.name());
        return new Change(parameter, key, stored.created(), plan.closures(), plan.superseded(), stored.remainders());
    }

    /** Checks the editor's right first (403), then that the region exists (404). */
    private void authorize(Editor editor, ReferenceParameter parameter, Optional<RegionCode> region) {
        if (!editor.mayChange(parameter, region)) {
            throw new ChangeNotAllowedException(parameter, region, editor.ownRegion());
        }
        region.ifPresent(code -> ReferenceDataQueryService.region(load, code));
    }

    private Set<String> basketCodes(Quarter quarter) {
        return load.inForce(ReferenceParameter.BASKET_ITEM, quarter.firstDay()).stream()
                .map(v -> v.as(BasketItem.class).value().code())
                .collect(Collectors.toSet());
    }

    private void requireInBasket(String code, Quarter quarter, String field) {
        if (!basketCodes(quarter).contains(code)) {
            throw new InvalidReferenceChangeException("REF-03", field, "reference.basket.not-in-basket", code,
                    quarter.toString());
        }
    }
}
