package kz.gov.tsa.eligibility.domain.simulation;

import kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.util.Objects;
import java.util.Optional;

/**
 * The compact form of one stored decision that the what-if reads (D-95): its region and quarter, the
 * {@link ReassessmentBasis} stored with it and the monthly amount it assigned (empty for a refusal). The full snapshot
 * ({@link StoredCase}) gives the same outcome under any poverty line.
 */
public record StoredBasis(RegionCode region, Quarter quarter, ReassessmentBasis basis, Optional<Tenge> assignedAmount) {
    public StoredBasis {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(assignedAmount, "assignedAmount");
    }
}
