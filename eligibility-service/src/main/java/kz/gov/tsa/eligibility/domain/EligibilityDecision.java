package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.eligibility.domain.decision.CommissionGate;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored eligibility decision with the snapshot of its inputs (the family's facts, the
 * commission's finding) and of every parameter version it used, so that it can be replayed exactly
 * later — the basis for appeals and audits.
 */
public record EligibilityDecision(
        UUID id,
        UUID applicationId,
        String familyId,
        RegionCode region,
        Quarter quarter,
        EligibilityCase inputs,
        boolean commissionConfirmed,
        DecisionParameters parameters,
        Decision outcome,
        String decidedBy,
        Instant decidedAt,
        Optional<Revocation> revocation) {

    /** CON-06 (2): revoked because false information led to an unlawful assignment. */
    public record Revocation(String reason, String revokedBy, Instant revokedAt) {
        public Revocation {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(revokedBy, "revokedBy");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }
    }

    public EligibilityDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(revocation, "revocation");
    }

    /** Decides an application whose commission step is done (ELIG-10). */
    public static EligibilityDecision take(UUID id, Application application, DecisionParameters parameters,
                                           java.time.LocalDate applicationDate, java.time.LocalDate today,
                                           String decidedBy, Instant now) {
        if (!application.readyForDecision()) {
            throw new IllegalStateException("ELIG-10: no precinct commission conclusion yet");
        }
        boolean confirmed = application.conclusion().orElseThrow().factsConfirmed();
        EligibilityCase inputs = new EligibilityCase(application.members(), application.quarter(), applicationDate, today);
        Decision outcome = CommissionGate.decide(inputs, parameters, confirmed);
        return new EligibilityDecision(id, application.id(), application.familyId(), application.region(),
                application.quarter(), inputs, confirmed, parameters, outcome, decidedBy, now, Optional.empty());
    }

    /** Recomputes the outcome from the stored inputs and parameter versions. */
    public Decision replay() {
        return CommissionGate.decide(inputs, parameters, commissionConfirmed);
    }

    public boolean isAssignment() {
        return outcome instanceof Decision.Assignment;
    }

    /** CON-06 (2): revokes an assignment (never a refusal, never twice). */
    public EligibilityDecision revoke(String reason, String by, Instant at) {
        if (!isAssignment()) {
            throw new IllegalStateException("only an assignment can be revoked");
        }
        if (revocation.isPresent()) {
            throw new IllegalStateException("already revoked");
        }
        return new EligibilityDecision(id, applicationId, familyId, region, quarter, inputs, commissionConfirmed,
                parameters, outcome, decidedBy, decidedAt, Optional.of(new Revocation(reason, by, at)));
    }
}
