package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Row of {@code poverty_line_method}: REF-04 / AMD-01, one version of the poverty-line method. */
@Entity
@Table(name = "poverty_line_method")
public class PovertyLineMethodRow extends VersionRow {

    @Column(nullable = false)
    public String kind;
    @Column(name = "sm_percent", nullable = false)
    public BigDecimal smPercent;
    @Column(name = "median_income_percent")
    public BigDecimal medianIncomePercent;
    /** REF-04: TIYN or WHOLE_TENGE (V21). */
    @Column(nullable = false)
    public String rounding;
}
