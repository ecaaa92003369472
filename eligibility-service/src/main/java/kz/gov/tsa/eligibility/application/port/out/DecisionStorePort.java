package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;

import java.util.Optional;
import java.util.UUID;

/** Stores decisions with their snapshots; every change audited with its actor. */
public interface DecisionStorePort {
    void saveNew(EligibilityDecision decision);

    void saveRevocation(EligibilityDecision revoked);

    Optional<EligibilityDecision> findById(UUID id);

    Optional<EligibilityDecision> findByApplication(UUID applicationId);
}
