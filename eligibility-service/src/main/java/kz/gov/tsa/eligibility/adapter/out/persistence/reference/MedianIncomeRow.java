package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Row of {@code median_income}: AMD-01, the median per-capita income of a region for one quarter. */
@Entity
@Table(name = "median_income")
public class MedianIncomeRow extends RegionalFigureRow {
}
