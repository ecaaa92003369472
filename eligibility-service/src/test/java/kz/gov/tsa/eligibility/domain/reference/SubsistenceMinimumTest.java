package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.ALMATY;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.figure;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.item;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.splits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** REF-01 / REF-02: SM = food-basket cost / food share of the split in force. */
class SubsistenceMinimumTest {

    /** One item: 120 kg a year at 100 ₸/kg = 1 000.00 ₸ a month of food. */
    private static final FoodBasket BASKET = new FoodBasket(List.of(item("FLOUR", "120", "3340")));
    private static final FoodBasket.Cost COST = BASKET.cost(Map.of("FLOUR", Tenge.of("100.00")));

    @Test
    void REF02_theSameBasketGivesTheSmOf2017And2018ByTheirSplit() {
        Quarter q2017 = Quarter.parse("2017-Q4");
        Quarter q2018 = Quarter.parse("2018-Q1");
        var split2017 = Version.inForce(splits(), q2017.firstDay()).orElseThrow();
        var split2018 = Version.inForce(splits(), q2018.firstDay()).orElseThrow();

        SubsistenceMinimum sm2017 = SubsistenceMinimum.fromBasket(ALMATY, q2017, COST, split2017, List.of());
        SubsistenceMinimum sm2018 = SubsistenceMinimum.fromBasket(ALMATY, q2018, COST, split2018, List.of());

        assertThat(COST.monthlyCost()).isEqualTo(Tenge.of("1000.00"));
        assertThat(sm2017.value()).isEqualTo(Tenge.of("1666.67"));      // 1000 / 0.60 = 1666.666…
        assertThat(sm2018.value()).isEqualTo(Tenge.of("1818.18"));      // 1000 / 0.55 = 1818.181…
        assertThat(sm2017.nonFoodPart()).isEqualTo(Tenge.of("666.67")); // 40 %: food + non-food = SM exactly
        assertThat(sm2018.nonFoodPart()).isEqualTo(Tenge.of("818.18")); // 45 %
        assertThat(sm2018.basis()).isEqualTo(SubsistenceMinimum.Basis.FOOD_BASKET);
        assertThat(sm2018.versions()).containsExactly(split2018);
    }

    @Test
    void REF02_theSplitMustBeInForceInTheQuarter() {
        var split2017 = Version.inForce(splits(), Quarter.parse("2017-Q4").firstDay()).orElseThrow();
        assertThatThrownBy(() -> SubsistenceMinimum.fromBasket(ALMATY, Quarter.parse("2018-Q1"), COST, split2017, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void REF02_theSharesAddUpTo100() {
        assertThatThrownBy(() -> new FoodSplit(new BigDecimal("55"), new BigDecimal("40")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FoodSplit(new BigDecimal("55.0"), new BigDecimal("45")).text()).isEqualTo("55/45");
    }

    @Test
    void REF03_aPlaceholderBasketNeverGivesAnSm() {
        FoodBasket placeholder = new FoodBasket(List.of(new BasketItem("BREAD", "Нан", "Хлеб", "Bread", BasketUnit.KG,
                new BigDecimal("105.85"), new BigDecimal("2420"), true)));
        FoodBasket.Cost cost = placeholder.cost(Map.of("BREAD", Tenge.of("450")));
        var split = Version.inForce(splits(), Quarter.parse("2025-Q4").firstDay()).orElseThrow();

        assertThat(cost.placeholder()).isTrue();
        assertThatThrownBy(() -> SubsistenceMinimum.fromBasket(ALMATY, Quarter.parse("2025-Q4"), cost, split, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void REF01_aPublishedFigureIsTakenAsItIs() {
        Quarter q = Quarter.parse("2023-Q4");
        var published = figure(ReferenceParameter.SUBSISTENCE_MINIMUM, "40567", q);
        SubsistenceMinimum sm = SubsistenceMinimum.published(q, published, false);
        assertThat(sm.value()).isEqualTo(Tenge.of("40567.00"));
        assertThat(sm.basis()).isEqualTo(SubsistenceMinimum.Basis.PUBLISHED);
        assertThat(sm.nonFoodPart()).isNull();
        assertThat(sm.versions()).containsExactly(published);
    }
}
