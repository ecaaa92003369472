package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.gov.tsa.eligibility.domain.reference.BasketUnit;

import java.math.BigDecimal;

/** Row of {@code basket_item}: REF-03, one version of one food-basket item. */
@Entity
@Table(name = "basket_item")
public class BasketItemRow extends VersionRow {

    @Column(nullable = false)
    public String code;
    @Column(name = "name_kk", nullable = false)
    public String nameKk;
    @Column(name = "name_ru", nullable = false)
    public String nameRu;
    @Column(name = "name_en", nullable = false)
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BasketUnit unit;
    @Column(name = "yearly_norm", nullable = false)
    public BigDecimal yearlyNorm;
    @Column(name = "kcal_per_unit", nullable = false)
    public BigDecimal kcalPerUnit;
    @Column(nullable = false)
    public boolean placeholder;
}
