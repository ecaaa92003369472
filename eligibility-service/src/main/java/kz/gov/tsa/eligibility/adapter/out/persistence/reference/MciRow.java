package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;

import java.math.BigDecimal;

/** Row of {@code mci}: REF-07, one version of the MCI of one purpose. */
@Entity
@Table(name = "mci")
public class MciRow extends VersionRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MciPurpose purpose;
    @Column(nullable = false)
    public BigDecimal amount;
}
