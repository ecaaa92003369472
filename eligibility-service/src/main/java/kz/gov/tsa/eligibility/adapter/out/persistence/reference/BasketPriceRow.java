package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Row of {@code basket_price}: REF-03, the price of one item in one region for one quarter. */
@Entity
@Table(name = "basket_price")
public class BasketPriceRow extends VersionRow {

    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(name = "item_code", nullable = false)
    public String itemCode;
    @Column(nullable = false)
    public BigDecimal price;
}
