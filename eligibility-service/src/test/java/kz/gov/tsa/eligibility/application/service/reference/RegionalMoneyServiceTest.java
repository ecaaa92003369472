package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery.BasketCost;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.BasketUnit;
import kz.gov.tsa.eligibility.domain.reference.FoodSplit;
import kz.gov.tsa.eligibility.domain.reference.PovertyLine;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.SubsistenceMinimum;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static kz.gov.tsa.eligibility.application.service.reference.ReferenceDataQueryServiceTest.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * RegionalMoneyService over the in-memory reference data: the subsistence minimum from the basket or as published
 * (REF-01..03), the poverty line as published or by the method in force applied to the quarter before (REF-04/05,
 * AMD-01), the basket's cost, and the first missing version named (UNPROCESSABLE, with its rule) — never a default.
 * Almaty's basket in 2026-Q1: bread 120 kg × 300.00 / 12 = 3 000.00, milk 60 l × 400.00 / 12 = 2 000.00.
 */
class RegionalMoneyServiceTest {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final RegionCode SHYMKENT = new RegionCode("790000000"); // no stored row
    static final Quarter Q1 = Quarter.parse("2026-Q1");
    static final Quarter Q2 = Quarter.parse("2026-Q2");

    final InMemoryReferencePorts.StoredVersions stored = new InMemoryReferencePorts.StoredVersions();
    final RegionalMoneyService service = new RegionalMoneyService(stored);

    RegionalMoneyServiceTest() {
        stored.regions.add(new Region(ALMATY, "Алматы", "Алматы", "Almaty",
                Region.Kind.CITY_OF_REPUBLICAN_SIGNIFICANCE));
    }

    static BasketItem item(String code, String norm, String kcal, boolean placeholder) {
        return new BasketItem(code, code.toLowerCase(), code.toLowerCase(), code.toLowerCase(), BasketUnit.KG,
                new BigDecimal(norm), new BigDecimal(kcal), placeholder);
    }

    static RegionalFigure figure(ReferenceParameter kind, String amount) {
        return new RegionalFigure(kind, ALMATY, Tenge.of(amount));
    }

    Version<BasketItem> bread;
    Version<BasketItem> milk;

    /** The official basket from 2026-01-01 and the 55/45 split from 2018. */
    void basket() {
        bread = stored.add(item("BREAD", "120.000", "2420", false), "2026-01-01", null);
        milk = stored.add(item("MILK", "60.000", "600", false), "2026-01-01", null);
        stored.add(new FoodSplit(new BigDecimal("55"), new BigDecimal("45")), "2018-01-01", null);
    }

    Version<BasketPrice> price(String code, String amount, Quarter quarter) {
        return stored.add(new BasketPrice(ALMATY, code, Tenge.of(amount)), quarter.firstDay().toString(),
                quarter.lastDay().toString());
    }

    void pricesOfQ1() {
        price("BREAD", "300.00", Q1);
        price("MILK", "400.00", Q1);
    }

    static void assertMissing(Refusal refusal, String rule, String parameter, String key, String date) {
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(refusal.ruleId()).isEqualTo(rule);
        assertThat(refusal.code()).isEqualTo("reference.missing");
        assertThat(refusal.facts()).containsEntry("parameter", parameter).containsEntry("key", key)
                .containsEntry("date", date);
    }

    @Nested
    class SubsistenceMinimumOfAQuarter {

        @Test
        void REF02_REF03_withPricesAndTheOfficialBasketTheSmIsTheFoodCostOverTheFoodShare() {
            basket();
            pricesOfQ1();
            stored.add(figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "50000.00"), "2026-01-01", "2026-03-31");

            SubsistenceMinimum sm = service.subsistenceMinimum(ALMATY, Q1);

            assertThat(sm.basis()).isEqualTo(SubsistenceMinimum.Basis.FOOD_BASKET);
            assertThat(sm.foodBasketCost()).isEqualTo(Tenge.of("5000.00"));
            assertThat(sm.value()).isEqualTo(Tenge.of("9090.91")); // 5 000.00 / 0.55, HALF_UP to the tiyn (REF-08)
            assertThat(sm.nonFoodPart()).isEqualTo(Tenge.of("4090.91"));
            assertThat(sm.split().value().foodPercent()).isEqualByComparingTo("55");
            assertThat(sm.versions()).hasSize(5).contains(bread, milk, sm.split());
        }

        @Test
        void REF01_withoutPricesTheSmIsThePublishedFigure() {
            basket();
            Version<RegionalFigure> published = stored.add(figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "50000.00"),
                    "2026-01-01", "2026-03-31");

            SubsistenceMinimum sm = service.subsistenceMinimum(ALMATY, Q1);

            assertThat(sm.basis()).isEqualTo(SubsistenceMinimum.Basis.PUBLISHED);
            assertThat(sm.value()).isEqualTo(Tenge.of("50000.00"));
            assertThat(sm.placeholderBasketIgnored()).isFalse();
            assertThat(sm.versions()).containsExactly(published);
        }

        @Test
        void REF03_aPlaceholderBasketNeverFeedsTheSmThePublishedFigureIsUsedAndSaysSo() {
            basket();
            stored.add(item("TEA", "1.000", "0", true), "2026-01-01", null);
            pricesOfQ1();
            price("TEA", "2000.00", Q1);
            stored.add(figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "50000.00"), "2026-01-01", "2026-03-31");

            SubsistenceMinimum sm = service.subsistenceMinimum(ALMATY, Q1);

            assertThat(sm.basis()).isEqualTo(SubsistenceMinimum.Basis.PUBLISHED);
            assertThat(sm.value()).isEqualTo(Tenge.of("50000.00"));
            assertThat(sm.placeholderBasketIgnored()).isTrue();
        }

        @Test
        void REF01_withoutPricesOrAPublishedFigureTheSmIsMissingForTheQuarter() {
            basket();

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.subsistenceMinimum(ALMATY, Q1)),
                    "REF-01", "SUBSISTENCE_MINIMUM", "750000000/2026-Q1", "2026-01-01");
        }

        @Test
        void REF01_aFigurePublishedForTheNextQuarterIsNotInForceOnTheDayBefore() {
            stored.add(figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "52000.00"), "2026-04-01", "2026-06-30");

            assertThat(service.subsistenceMinimum(ALMATY, Q2).value()).isEqualTo(Tenge.of("52000.00"));
            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.subsistenceMinimum(ALMATY, Q1)),
                    "REF-01", "SUBSISTENCE_MINIMUM", "750000000/2026-Q1", "2026-01-01");
        }

        @Test
        void REF03_aBasketItemWithoutAPriceIsNamedAsTheMissingPrice() {
            basket();
            price("BREAD", "300.00", Q1);

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.subsistenceMinimum(ALMATY, Q1)),
                    "REF-03", "BASKET_PRICE", "750000000/MILK/2026-Q1", "2026-01-01");
        }

        @Test
        void REF03_pricesWithoutABasketInForceNameTheMissingBasket() {
            pricesOfQ1();

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.subsistenceMinimum(ALMATY, Q1)),
                    "REF-03", "BASKET_ITEM", ReferenceParameter.NATIONAL_KEY, "2026-01-01");
        }

        @Test
        void REF02_aSplitThatEndedTheDayBeforeTheQuarterIsMissing() {
            stored.add(item("BREAD", "120.000", "2420", false), "2026-01-01", null);
            stored.add(new FoodSplit(new BigDecimal("55"), new BigDecimal("45")), "2018-01-01", "2025-12-31");
            price("BREAD", "300.00", Q1);

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.subsistenceMinimum(ALMATY, Q1)),
                    "REF-02", "FOOD_SPLIT", ReferenceParameter.NATIONAL_KEY, "2026-01-01");
        }

        @Test
        void anUnknownRegionIsNotFound() {
            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.subsistenceMinimum(SHYMKENT, Q1));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.facts()).containsEntry("regionCode", "790000000");
        }
    }

    @Nested
    class PovertyLineOfAQuarter {

        @Test
        void REF05_aPublishedLineTakesPrecedenceOverTheMethod() {
            basket();
            pricesOfQ1();
            stored.add(new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70")), "2026-04-01", null);
            Version<RegionalFigure> published = stored.add(figure(ReferenceParameter.POVERTY_LINE, "36400.00"),
                    "2026-04-01", "2026-06-30");

            PovertyLine line = service.povertyLine(ALMATY, Q2);

            assertThat(line.basis()).isEqualTo(PovertyLine.Basis.PUBLISHED);
            assertThat(line.value()).isEqualTo(Tenge.of("36400.00"));
            assertThat(line.versions()).containsExactly(published);
        }

        @Test
        void REF04_aMethodInForceFromTheFirstDayOfTheQuarterIsAppliedToTheSmOfTheQuarterBefore() {
            basket();
            pricesOfQ1();
            Version<PovertyLineMethod> method = stored.add(
                    new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70")), "2026-04-01", null);

            PovertyLine line = service.povertyLine(ALMATY, Q2);

            assertThat(line.basis()).isEqualTo(PovertyLine.Basis.METHOD);
            assertThat(line.method()).isEqualTo(method);
            assertThat(line.basePeriod()).isEqualTo(Q1);
            assertThat(line.subsistenceMinimum().value()).isEqualTo(Tenge.of("9090.91"));
            assertThat(line.value()).isEqualTo(Tenge.of("6363.64")); // 70 % × 9 090.91 = 6 363.637
            assertThat(line.medianIncome()).isNull();
        }

        @Test
        void REF04_aMethodInForceOnlyFromTheSecondDayOfTheQuarterIsMissing() {
            basket();
            pricesOfQ1();
            stored.add(new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70")), "2026-04-02", null);

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.povertyLine(ALMATY, Q2)),
                    "REF-04", "POVERTY_LINE_METHOD", ReferenceParameter.NATIONAL_KEY, "2026-04-01");
        }

        @Test
        void AMD01_theLargerOfTheMedianIncomeShareAndTheSmShareOfTheQuarterBeforeIsTheLine() {
            basket();
            pricesOfQ1();
            stored.add(new PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare(new BigDecimal("35"),
                    new BigDecimal("70")), "2026-04-01", null);
            Version<RegionalFigure> median = stored.add(figure(ReferenceParameter.MEDIAN_INCOME, "20000.00"),
                    "2026-01-01", "2026-03-31");

            PovertyLine line = service.povertyLine(ALMATY, Q2);

            assertThat(line.value()).isEqualTo(Tenge.of("7000.00")); // 35 % × 20 000 > 70 % × 9 090.91
            assertThat(line.medianIncome()).isEqualTo(median);
            assertThat(line.terms()).filteredOn(PovertyLineMethod.Term::chosen).singleElement()
                    .extracting(PovertyLineMethod.Term::base).isEqualTo(PovertyLineMethod.Term.MEDIAN_INCOME);
        }

        @Test
        void AMD01_withoutTheMedianIncomeOfTheQuarterBeforeTheLineIsRefusedNamingIt() {
            basket();
            pricesOfQ1();
            stored.add(new PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare(new BigDecimal("35"),
                    new BigDecimal("70")), "2026-04-01", null);
            stored.add(figure(ReferenceParameter.MEDIAN_INCOME, "20000.00"), "2026-04-01", "2026-06-30");

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.povertyLine(ALMATY, Q2)),
                    "AMD-01", "MEDIAN_INCOME", "750000000/2026-Q1", "2026-01-01");
        }

        @Test
        void REF01_theMethodNeedsTheSmOfTheQuarterBeforeNotOfTheQuarterItself() {
            stored.add(new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70")), "2026-04-01", null);
            stored.add(figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "52000.00"), "2026-04-01", "2026-06-30");

            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.povertyLine(ALMATY, Q2)),
                    "REF-01", "SUBSISTENCE_MINIMUM", "750000000/2026-Q1", "2026-01-01");
        }

        @Test
        void anUnknownRegionIsNotFound() {
            assertThat(refusalOf(UnknownRegionException.class, () -> service.povertyLine(SHYMKENT, Q2)).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
        }
    }

    @Nested
    class BasketAndFigures {

        @Test
        void REF03_theBasketCostsTheSumOfItsItemsMonthlyCostsAndCitesEveryVersion() {
            basket();
            pricesOfQ1();

            BasketCost cost = service.basketCost(ALMATY, Q1);

            assertThat(cost.cost().monthlyCost()).isEqualTo(Tenge.of("5000.00"));
            assertThat(cost.cost().lines()).extracting(l -> l.item().code(), l -> l.monthlyCost())
                    .containsExactly(tuple("BREAD", Tenge.of("3000.00")),
                            tuple("MILK", Tenge.of("2000.00")));
            assertThat(cost.versions()).hasSize(4).contains(bread, milk);
        }

        @Test
        void REF03_withoutABasketInForceTheCostIsRefusedNamingTheBasket() {
            assertMissing(refusalOf(MissingReferenceDataException.class, () -> service.basketCost(ALMATY, Q1)),
                    "REF-03", "BASKET_ITEM", ReferenceParameter.NATIONAL_KEY, "2026-01-01");
        }

        @Test
        void REF03_thePricesOfAQuarterAreTheRegionsOnly() {
            basket();
            pricesOfQ1();
            price("BREAD", "310.00", Q2);

            assertThat(service.basketPrices(ALMATY, Q1)).extracting(v -> v.value().price())
                    .containsExactlyInAnyOrder(Tenge.of("300.00"), Tenge.of("400.00"));
            assertThat(service.basketPrices(ALMATY, Q2)).singleElement()
                    .satisfies(v -> assertThat(v.value().price()).isEqualTo(Tenge.of("310.00")));
        }

        @Test
        void REF05_aFigureIsInForceForItsQuarterAndMissingTheQuarterBefore() {
            Version<RegionalFigure> line = stored.add(figure(ReferenceParameter.POVERTY_LINE, "36400.00"),
                    "2026-04-01", "2026-06-30");

            assertThat(service.figure(ReferenceParameter.POVERTY_LINE, ALMATY, Q2)).isEqualTo(line);
            assertMissing(refusalOf(MissingReferenceDataException.class,
                            () -> service.figure(ReferenceParameter.POVERTY_LINE, ALMATY, Q1)),
                    "REF-05", "POVERTY_LINE", "750000000/2026-Q1", "2026-01-01");
        }

        @Test
        void aParameterThatIsNotARegionalFigureIsAProgrammingError() {
            assertThatThrownBy(() -> service.figure(ReferenceParameter.MCI, ALMATY, Q1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anUnknownRegionIsNotFoundForTheCostThePricesAndTheFigures() {
            assertThat(refusalOf(UnknownRegionException.class, () -> service.basketCost(SHYMKENT, Q1)).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusalOf(UnknownRegionException.class, () -> service.basketPrices(SHYMKENT, Q1)).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusalOf(UnknownRegionException.class,
                    () -> service.figure(ReferenceParameter.POVERTY_LINE, SHYMKENT, Q1)).kind())
                    .isEqualTo(Refusal.Kind.NOT_FOUND);
        }
    }
}
