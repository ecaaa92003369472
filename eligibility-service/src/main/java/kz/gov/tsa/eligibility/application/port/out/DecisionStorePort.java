package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
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
     * Streams what a re-assessment needs of the decisions (not revoked) of quarter {@code from} and later,
     * of one region or all: inputs, parameters and assigned amount, without the rest of the row.
     */
    void forEachStoredCase(Optional<RegionCode> region, Quarter from, Consumer<StoredCase> action);

    /** REF-06 figures per region for one year. */
    List<PovertyStatisticsLine> povertyStatistics(int year, Optional<RegionCode> region);
}
