package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** REF-03: monthly cost Σ price × norm / 12 and the energy check against 2175 kcal a day. */
class FoodBasketTest {

    @Test
    void REF03_theMonthlyCostIsTheSumOfEachItemsPriceTimesNormOverTwelveRoundedPerLine() {
        FoodBasket basket = new FoodBasket(List.of(item("BREAD", "105.850", "2420"), item("MEAT", "39.785", "1870")));

        FoodBasket.Cost cost = basket.cost(Map.of("BREAD", Tenge.of("450.00"), "MEAT", Tenge.of("4500.00")));

        // 450 × 105.85 / 12 = 3969.375 → 3969.38 ; 4500 × 39.785 / 12 = 14919.375 → 14919.38 (HALF_UP)
        assertThat(cost.lines()).extracting(FoodBasket.ItemCost::monthlyCost)
                .containsExactly(Tenge.of("3969.38"), Tenge.of("14919.38"));
        assertThat(cost.monthlyCost()).isEqualTo(Tenge.of("18888.76"));
        assertThat(cost.placeholder()).isFalse();
    }

    @Test
    void REF03_aBasketGivingAtLeast2175KcalADayMeetsTheTarget() {
        // 365 kg × 2175 kcal/kg = exactly 2175 kcal a day
        FoodBasket exactly = new FoodBasket(List.of(item("A", "365", "1000"), item("B", "365", "1175")));
        FoodBasket.Energy energy = exactly.energy();
        assertThat(energy.kcalPerDay()).isEqualByComparingTo("2175.0");
        assertThat(energy.targetKcalPerDay()).isEqualByComparingTo("2175");
        assertThat(energy.meetsTarget()).isTrue();
    }

    @Test
    void REF03_aBasketShortOf2175KcalADayFailsTheTargetEvenWhenItRoundsUpToIt() {
        // 2174.96 kcal a day rounds to 2175.0 for display but is short of the target
        FoodBasket shortBy = new FoodBasket(List.of(item("A", "365", "2174.96")));
        assertThat(shortBy.energy().kcalPerDay()).isEqualByComparingTo("2175.0");
        assertThat(shortBy.energy().meetsTarget()).isFalse();

        // the seeded placeholder's bread and meat alone: 701.8 + 203.8 kcal a day
        FoodBasket partial = new FoodBasket(List.of(item("BREAD", "105.850", "2420"), item("MEAT", "39.785", "1870")));
        assertThat(partial.energy().kcalPerDay()).isEqualByComparingTo("905.6");
        assertThat(partial.energy().meetsTarget()).isFalse();
    }

    @Test
    void REF03_everyItemNeedsAPrice() {
        FoodBasket basket = new FoodBasket(List.of(item("BREAD", "105.850", "2420"), item("MILK", "73", "520")));
        assertThat(basket.unpriced(Set.of("BREAD"))).containsExactly("MILK");
        assertThatThrownBy(() -> basket.cost(Map.of("BREAD", Tenge.of("450"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void REF03_anItemIsListedOnceAndHasAPositiveNorm() {
        assertThatThrownBy(() -> new FoodBasket(List.of(item("BREAD", "1", "1"), item("BREAD", "2", "1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item("BREAD", "0", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item("bread", "1", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BasketItem("EGGS", "Жұмыртқа", "Яйца", "Eggs", BasketUnit.PIECE, new BigDecimal("109.5"),
                new BigDecimal("80"), true).text()).isEqualTo("109.5 pcs/year, 80 kcal/pcs (placeholder)");
    }
}
