package kz.gov.tsa.events.payment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A monthly payment run issued every line due for {@code month} (PAY-04): what this run issued — line and family
 * counts and the control totals (sum of all lines, of which adjustments), in all and per region. Money is a decimal
 * string in tenge with two decimals (REF-08). Topic {@code tsa.payments.v1}; the key (the envelope's
 * {@code familyId}) is {@code payment-run:<month>}, a run being about no one family.
 *
 * @param month {@code YYYY-MM}
 */
public record PaymentRunCompleted(UUID runId, String month, Instant startedAt, Instant completedAt, long lines,
                                  long families, String total, String adjustments, List<RegionTotals> regions) {

    public PaymentRunCompleted {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(total, "total");
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    /** The key of a run's events on {@code tsa.payments.v1}. */
    public static String key(String month) {
        return "payment-run:" + month;
    }

    /** Counts and control totals of one region's lines. */
    public record RegionTotals(String regionCode, long lines, long families, String total, String adjustments) {
        public RegionTotals {
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(total, "total");
        }
    }
}
