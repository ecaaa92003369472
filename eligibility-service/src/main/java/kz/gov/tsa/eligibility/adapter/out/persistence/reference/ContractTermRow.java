package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code contract_term}: CON-04, one version of the social contract's term. */
@Entity
@Table(name = "contract_term")
public class ContractTermRow extends VersionRow {

    @Column(nullable = false)
    public int months;
}
