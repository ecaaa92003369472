package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.math.BigDecimal;

/** A tenge figure of a region for one quarter (SM, poverty line, median income). */
@MappedSuperclass
public abstract class RegionalFigureRow extends VersionRow {

    @Column(name = "region_code", nullable = false)
    public String regionCode;
    @Column(nullable = false)
    public BigDecimal amount;
}
