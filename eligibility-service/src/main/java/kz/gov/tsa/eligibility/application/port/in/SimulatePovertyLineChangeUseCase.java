package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What-if: "the poverty line of region X (or all) becomes Y % of the subsistence minimum from quarter
 * Q" — how many stored families change eligibility and the monthly cost delta, over every stored
 * decision from Q on, without changing anything.
 */
public interface SimulatePovertyLineChangeUseCase {

    /** The result over the regions the caller reaches (D-11: a regional caller, its own region only; 403 for another). */
    Outcome<PovertyLineSimulation.Result> simulate(Command command);

    /**
     * @param percentOfSubsistenceMinimum e.g. 70 for 70 % of the SM of the quarter before (REF-04)
     */
    record Command(Optional<RegionCode> region, BigDecimal percentOfSubsistenceMinimum, Quarter fromQuarter,
                   Caller caller) {
        public Command {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(percentOfSubsistenceMinimum, "percentOfSubsistenceMinimum");
            Objects.requireNonNull(fromQuarter, "fromQuarter");
            Objects.requireNonNull(caller, "caller");
            if (percentOfSubsistenceMinimum.signum() <= 0 || percentOfSubsistenceMinimum.compareTo(BigDecimal.valueOf(100)) > 0
                    || percentOfSubsistenceMinimum.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("the percentage lies in (0, 100] with at most two decimals (REF-04)");
            }
        }
    }
}
