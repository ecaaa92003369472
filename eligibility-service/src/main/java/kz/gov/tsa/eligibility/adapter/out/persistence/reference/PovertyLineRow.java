package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code poverty_line}: REF-05, the poverty line a region published for one quarter. */
@Entity
@Table(name = "poverty_line")
public class PovertyLineRow extends RegionalFigureRow {
}
