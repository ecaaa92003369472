package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

/** Control totals of lines per region (a run's summary, the akimat's monthly totals). */
public record RegionTotal(String regionCode, long lines, long families, Tenge total, Tenge adjustments) {
}
