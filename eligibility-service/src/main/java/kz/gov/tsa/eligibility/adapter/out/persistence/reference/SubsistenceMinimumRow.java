package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code subsistence_minimum}: REF-01, the published (or entered) SM of a region for one quarter. */
@Entity
@Table(name = "subsistence_minimum")
public class SubsistenceMinimumRow extends RegionalFigureRow {
}
