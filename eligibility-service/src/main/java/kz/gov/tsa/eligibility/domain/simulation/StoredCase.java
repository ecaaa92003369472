package kz.gov.tsa.eligibility.domain.simulation;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;

import java.util.Objects;
import java.util.Optional;

/**
 * What a re-assessment needs of one stored decision: its inputs, parameters and commission finding,
 * and the monthly amount it assigned (empty for a refusal).
 */
public record StoredCase(RegionCode region, Quarter quarter, EligibilityCase inputs, DecisionParameters parameters,
                         boolean commissionConfirmed, Optional<Tenge> assignedAmount) {
    public StoredCase {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(assignedAmount, "assignedAmount");
    }
}
