package kz.gov.tsa.eligibility.adapter.in.rest.reference;

import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase;
import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.IncomePeriodLength;
import kz.gov.tsa.eligibility.domain.reference.FoodBasket;
import kz.gov.tsa.eligibility.domain.reference.FoodSplit;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.eligibility.domain.reference.SubsistenceMinimum;
import kz.gov.tsa.eligibility.domain.reference.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the reference-data API. Money is tenge with two decimals (REF-08). */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(name = "Region", description = "One of the 20 regions by KATO code")
    public record RegionView(String code, String nameKk, String nameRu, String nameEn, String kind) {
        static RegionView of(Region r) {
            return new RegionView(r.code().value(), r.nameKk(), r.nameRu(), r.nameEn(), r.kind().name());
        }
    }

    @Schema(name = "ReferenceVersion", description = "One stored version of a dated reference value. Versions are "
            + "never rewritten: a change closes validTo of the version in force and adds a new one; a correction of "
            + "the same period marks the old one inactive (superseded).")
    public record VersionView(
            @Schema(description = "Row id, cited by decisions (ParameterVersion.versionId)", examples = "42") long id,
            @Schema(examples = "MCI") String parameter,
            @Schema(description = "The timeline's key", examples = "SOCIAL_PAYMENTS") String key,
            @Schema(description = "The key as a decision cites it (quarterly values carry the quarter)",
                    examples = "750000000/2023-Q4") String label,
            @Schema(description = "The value; its fields depend on the parameter", oneOf = {MciValue.class,
                    FoodSplitValue.class, RetirementAgeValue.class, ContractTermValue.class, IncomePeriodValue.class,
                    PovertyLineMethodValue.class, BasketItemValue.class, BasketPriceValue.class,
                    RegionalFigureValue.class}) Object value,
            @Schema(description = "Value as plain text", examples = "3180.00") String text,
            LocalDate validFrom,
            @Schema(description = "Last day included; null = until changed") LocalDate validTo,
            String source, String recordedBy, Instant recordedAt, String reason,
            @Schema(description = "False once a correction of the same period superseded it") boolean active) {

        static VersionView of(Version<?> v) {
            return new VersionView(v.id(), v.parameter().name(), v.value().key(), v.label(), value(v),
                    v.value().text(), v.validity().from(), v.validity().to(), v.source(), v.recordedBy(),
                    v.recordedAt(), v.reason(), v.active());
        }

        static List<VersionView> of(List<? extends Version<?>> versions) {
            return versions.stream().<VersionView>map(VersionView::of).toList();
        }

        private static Object value(Version<?> v) {
            return switch (v.value()) {
                case Mci m -> new MciValue(m.purpose().name(), m.amount().value());
                case FoodSplit s -> new FoodSplitValue(s.foodPercent(), s.nonFoodPercent());
                case RetirementAge a -> new RetirementAgeValue(a.sex().name(), a.years());
                case ContractTerm t -> new ContractTermValue(t.months());
                case IncomePeriodLength t -> new IncomePeriodValue(t.months());
                case PovertyLineMethod.ShareOfSubsistenceMinimum m ->
                        new PovertyLineMethodValue(m.kind(), m.smPercent(), null, m.rounding().name(), m.text());
                case PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare m ->
                        new PovertyLineMethodValue(m.kind(), m.smPercent(), m.medianIncomePercent(), m.rounding().name(),
                                m.text());
                case BasketItem i -> new BasketItemValue(i.code(), i.nameKk(), i.nameRu(), i.nameEn(), i.unit().name(),
                        i.yearlyNorm(), i.kcalPerUnit(), i.placeholder());
                case BasketPrice p -> new BasketPriceValue(p.regionCode().value(), p.itemCode(), p.price().value(),
                        Quarter.of(v.validity().from()).toString());
                case RegionalFigure f -> new RegionalFigureValue(f.regionCode().value(),
                        Quarter.of(v.validity().from()).toString(), f.amount().value());
            };
        }
    }

    @Schema(name = "MciValue")
    public record MciValue(String purpose, BigDecimal amount) {
    }

    @Schema(name = "FoodSplitValue")
    public record FoodSplitValue(BigDecimal foodPercent, BigDecimal nonFoodPercent) {
    }

    @Schema(name = "RetirementAgeValue")
    public record RetirementAgeValue(String sex, BigDecimal years) {
    }

    @Schema(name = "ContractTermValue")
    public record ContractTermValue(int months) {
    }

    @Schema(name = "IncomePeriodValue", description = "ELIG-03: months before the quarter of application whose incomes count")
    public record IncomePeriodValue(int months) {
    }

    @Schema(name = "PovertyLineMethodValue")
    public record PovertyLineMethodValue(String kind, BigDecimal smPercent, BigDecimal medianIncomePercent,
                                         @Schema(description = "How the computed line is rounded: TIYN or "
                                                 + "WHOLE_TENGE (as published)") String rounding,
                                         String description) {
    }

    @Schema(name = "BasketItemValue")
    public record BasketItemValue(String code, String nameKk, String nameRu, String nameEn, String unit, BigDecimal yearlyNorm,
                           BigDecimal kcalPerUnit, boolean placeholder) {
    }

    @Schema(name = "BasketPriceValue")
    public record BasketPriceValue(String regionCode, String itemCode, BigDecimal price, String quarter) {
    }

    @Schema(name = "RegionalFigureValue")
    public record RegionalFigureValue(String regionCode, String quarter, BigDecimal amount) {
    }

    @Schema(name = "ReferenceChange", description = "What one change stored: history is closed or superseded, never rewritten")
    public record ChangeView(String parameter, String key,
                      @Schema(description = "The new version; null for a withdrawal") VersionView created,
                      List<ClosedView> closed, List<Long> superseded, List<VersionView> remainders) {
        static ChangeView of(ChangeReferenceDataUseCase.Change c) {
            return new ChangeView(c.parameter().name(), c.key(), c.created().map(VersionView::of).orElse(null),
                    c.closed().stream().map(x -> new ClosedView(x.id(), x.previousTo(), x.newTo())).toList(),
                    c.superseded(), VersionView.of(c.remainders()));
        }
    }

    @Schema(name = "ClosedVersion", description = "A version whose validity now ends earlier")
    public record ClosedView(long id, LocalDate validToBefore, LocalDate validToNow) {
    }

    @Schema(name = "SubsistenceMinimum", description = "REF-01/02: the SM of a region for a quarter and how it was obtained")
    public record SubsistenceMinimumView(String regionCode, String quarter, BigDecimal value,
                                  @Schema(description = "FOOD_BASKET: food-basket cost / food share; PUBLISHED: "
                                          + "the published or entered figure") String basis,
                                  BigDecimal foodBasketCost, BigDecimal nonFoodPart, VersionView foodSplit,
                                  @Schema(description = "The region has prices for the quarter but the basket in force "
                                          + "is a placeholder, so the published figure was used")
                                  boolean placeholderBasketIgnored,
                                  @Schema(description = "Every stored version the value rests on") List<VersionView> versions) {
        static SubsistenceMinimumView of(SubsistenceMinimum sm) {
            return new SubsistenceMinimumView(sm.region().value(), sm.quarter().toString(), sm.value().value(),
                    sm.basis().name(), money(sm.foodBasketCost()), money(sm.nonFoodPart()),
                    sm.split() == null ? null : VersionView.of(sm.split()), sm.placeholderBasketIgnored(),
                    VersionView.of(sm.versions()));
        }
    }

    @Schema(name = "PovertyLine", description = "REF-04/05: the poverty line of a region for the quarter of application")
    public record PovertyLineView(String regionCode, String quarter, BigDecimal value,
                           @Schema(description = "PUBLISHED: the region's figure for the quarter (takes precedence); "
                                   + "METHOD: the method in force applied to the quarter before") String basis,
                           @Schema(description = "The quarter whose SM and median income a method uses") String basePeriod,
                           VersionView published, VersionView method, SubsistenceMinimumView subsistenceMinimum,
                           VersionView medianIncome, List<TermView> terms,
                           @Schema(description = "METHOD only: the line as computed, before the method's rounding "
                                   + "(value is rounded as the method says, e.g. whole tenge)") BigDecimal computedValue,
                           @Schema(description = "Every stored version the value rests on") List<VersionView> versions) {
        static PovertyLineView of(PovertyLine pl) {
            return new PovertyLineView(pl.region().value(), pl.quarter().toString(), pl.value().value(), pl.basis().name(),
                    pl.basePeriod().toString(), pl.published() == null ? null : VersionView.of(pl.published()),
                    pl.method() == null ? null : VersionView.of(pl.method()),
                    pl.subsistenceMinimum() == null ? null : SubsistenceMinimumView.of(pl.subsistenceMinimum()),
                    pl.medianIncome() == null ? null : VersionView.of(pl.medianIncome()),
                    pl.terms().stream().map(t -> new TermView(t.base(), t.percent(), t.baseAmount().value(),
                            t.amount().value(), t.chosen())).toList(),
                    pl.computedValue() == null ? null : pl.computedValue().value(),
                    VersionView.of(pl.versions()));
        }
    }

    @Schema(name = "PovertyLineTerm", description = "percent % of base (SUBSISTENCE_MINIMUM or MEDIAN_INCOME) = amount, rounded HALF_UP to the tiyn")
    public record TermView(String base, BigDecimal percent, BigDecimal baseAmount, BigDecimal amount, boolean chosen) {
    }

    @Schema(name = "BasketCost", description = "REF-03: monthly food-basket cost per person = Σ price × norm / 12, with the energy check")
    public record BasketCostView(String regionCode, String quarter, BigDecimal monthlyCost,
                          @Schema(description = "True when an item is not from the official list") boolean placeholder,
                          EnergyView energy, List<LineView> lines,
                          @Schema(description = "Every stored version the cost rests on") List<Long> versionIds) {
        static BasketCostView of(RegionalMoneyQuery.BasketCost c) {
            FoodBasket.Cost cost = c.cost();
            return new BasketCostView(c.region().value(), c.quarter().toString(), cost.monthlyCost().value(),
                    cost.placeholder(), new EnergyView(cost.energy().kcalPerDay(), cost.energy().targetKcalPerDay(),
                    cost.energy().meetsTarget()),
                    cost.lines().stream().map(l -> new LineView(l.item().code(), l.item().nameKk(), l.item().nameRu(),
                            l.item().nameEn(), l.item().unit().name(), l.item().yearlyNorm(), l.pricePerUnit().value(),
                            l.monthlyCost().value(), l.kcalPerDay(), l.item().placeholder())).toList(),
                    c.versions().stream().map(Version::id).toList());
        }
    }

    @Schema(name = "BasketEnergy", description = "Σ norm × kcal / 365 against the 2175 kcal/day of REF-03")
    public record EnergyView(BigDecimal kcalPerDay, BigDecimal targetKcalPerDay, boolean meetsTarget) {
    }

    @Schema(name = "BasketCostLine")
    public record LineView(String itemCode, String nameKk, String nameRu, String nameEn, String unit, BigDecimal yearlyNorm,
                    BigDecimal pricePerUnit, BigDecimal monthlyCost, BigDecimal kcalPerDay, boolean placeholder) {
    }

    @Schema(name = "BasketPrices", description = "REF-03: a region's prices for a quarter")
    public record BasketPricesView(String regionCode, String quarter, List<VersionView> prices) {
    }

    private static BigDecimal money(Tenge t) {
        return t == null ? null : t.value();
    }
}
