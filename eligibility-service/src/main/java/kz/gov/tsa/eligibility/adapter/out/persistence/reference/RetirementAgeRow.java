package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.gov.tsa.kernel.Sex;

import java.math.BigDecimal;

/** Row of {@code retirement_age}: ELIG-06, one version of the retirement age of one sex. */
@Entity
@Table(name = "retirement_age")
public class RetirementAgeRow extends VersionRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;
    @Column(name = "age_years", nullable = false)
    public BigDecimal ageYears;
}
