package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.StoredBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredCase;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;

/** Stores decisions with their snapshots; every change audited with its actor. */
public interface DecisionStorePort {
    void saveNew(EligibilityDecision decision);

    void saveRevocation(EligibilityDecision revoked);

    Optional<EligibilityDecision> findById(UUID id);

    Optional<EligibilityDecision> findByApplication(UUID applicationId);

    /**
     * Streams the full snapshots of the decisions (not revoked) of quarter {@code from} and later, of one region or
     * all: inputs, parameters and assigned amount, for a complete replay with explanations (the check that the compact
     * path gives the same outcomes, D-95).
     */
    void forEachStoredCase(Optional<RegionCode> region, Quarter from, Consumer<StoredCase> action);

    /**
     * Streams what a what-if re-assessment needs of the same decisions, in their compact form (D-95): region, quarter,
     * the {@link kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis} stored with the decision and the amount it
     * assigned, in one forward-only pass.
     */
    void forEachStoredBasis(Optional<RegionCode> region, Quarter from, Consumer<StoredBasis> action);

    /** REF-06 figures per region for one year. */
    List<PovertyStatisticsLine> povertyStatistics(int year, Optional<RegionCode> region);
}
