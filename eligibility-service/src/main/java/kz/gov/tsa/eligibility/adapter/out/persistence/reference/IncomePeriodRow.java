package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code income_period}: ELIG-03, one version of the income period's length in months (V22). */
@Entity
@Table(name = "income_period")
public class IncomePeriodRow extends VersionRow {

    @Column(nullable = false)
    public int months;
}
