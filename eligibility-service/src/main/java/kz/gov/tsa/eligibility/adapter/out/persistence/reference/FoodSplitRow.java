package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Row of {@code food_split}: REF-02, one version of the food / non-food split. */
@Entity
@Table(name = "food_split")
public class FoodSplitRow extends VersionRow {

    @Column(name = "food_percent", nullable = false)
    public BigDecimal foodPercent;
    @Column(name = "non_food_percent", nullable = false)
    public BigDecimal nonFoodPercent;
}
