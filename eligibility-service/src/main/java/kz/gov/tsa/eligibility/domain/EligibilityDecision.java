package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Quarter;

import kz.gov.tsa.eligibility.domain.decision.Ages;
import kz.gov.tsa.eligibility.domain.decision.AssignmentPeriod;
import kz.gov.tsa.eligibility.domain.decision.CommissionGate;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;
import kz.gov.tsa.eligibility.domain.decision.MemberShare;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored eligibility decision with the snapshot of its inputs (the family's facts, the
 * commission's finding) and of every parameter version it used, so that it can be replayed exactly
 * later — the basis for appeals and audits. {@code paymentMode}: how an assignment is paid (ELIG-12/13), null for a
 * refusal.
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
        Optional<Revocation> revocation,
        PaymentMode paymentMode) {

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
        paymentMode = outcome instanceof Decision.Assignment ? (paymentMode == null ? PaymentMode.MONTHLY : paymentMode)
                : null;
    }

    /** This decision with another outcome (a replay's recomputed one), everything else as stored. */
    public EligibilityDecision withOutcome(Decision other) {
        return new EligibilityDecision(id, applicationId, familyId, region, quarter, inputs, commissionConfirmed,
                parameters, other, decidedBy, decidedAt, revocation, paymentMode);
    }

    /** Decides an application whose commission step is done; before it, refused citing ELIG-10 (409). */
    public static Outcome<EligibilityDecision> take(UUID id, Application application,
                                                    DecisionParameters parameters,
                                                    java.time.LocalDate applicationDate, java.time.LocalDate today,
                                                    String decidedBy, Instant now) {
        if (!application.readyForDecision()) {
            return Outcome.refused(Refusal.conflict("ELIG-10", "decision.commission-conclusion-missing"));
        }
        boolean confirmed = application.conclusion().orElseThrow().factsConfirmed();
        EligibilityCase inputs = new EligibilityCase(application.members(), application.quarter(), applicationDate, today);
        Decision outcome = CommissionGate.decide(inputs, parameters, confirmed);
        return Outcome.accepted(new EligibilityDecision(id, application.id(), application.familyId(),
                application.region(), application.quarter(), inputs, confirmed, parameters, outcome, decidedBy, now,
                Optional.empty(), PaymentMode.of(outcome instanceof Decision.Conditional, application.conditionalPayment())));
    }

    /** Recomputes the outcome from the stored inputs and parameter versions. */
    public Decision replay() {
        return CommissionGate.decide(inputs, parameters, commissionConfirmed);
    }

    public boolean isAssignment() {
        return outcome instanceof Decision.Assignment;
    }

    /** CON-06 (2): revokes an assignment; a refusal, or an assignment already revoked, is refused (409). */
    public Outcome<EligibilityDecision> revoke(String reason, String by, Instant at) {
        if (!isAssignment()) {
            return Outcome.refused(Refusal.conflict("CON-06", "revocation.not-an-assignment"));
        }
        if (revocation.isPresent()) {
            return Outcome.refused(Refusal.conflict("CON-06", "revocation.already-revoked"));
        }
        return Outcome.accepted(new EligibilityDecision(id, applicationId, familyId, region, quarter, inputs,
                commissionConfirmed, parameters, outcome, decidedBy, decidedAt,
                Optional.of(new Revocation(reason, by, at)), paymentMode));
    }

    /** The months this decision assigns (empty for a refusal). */
    public Optional<AssignmentPeriod> assignedPeriod() {
        return outcome instanceof Decision.Assignment a ? Optional.of(a.period()) : Optional.empty();
    }

    /**
     * Each member's facts as the rules saw them, for every outcome (refusals included): able-bodied on the date
     * of application (ELIG-06..08: age 18 up to the retirement age in force, no group 1–2 disability, no long
     * illness) and the monthly share when assigned. Consumers copy these; they never re-derive them.
     */
    public List<MemberFacts> memberFacts() {
        java.util.Map<String, MemberShare> shares = outcome instanceof Decision.Assignment a
                ? a.shares().stream().collect(java.util.stream.Collectors.toMap(s -> s.iin().value(), s -> s))
                : java.util.Map.of();
        return inputs.members().stream().map(m -> {
            MemberShare share = shares.get(m.iin().value());
            boolean ableBodied = share != null ? share.ableBodied()
                    : Ages.ableBodied(m, parameters, inputs.applicationDate());
            java.util.Set<CareDuty> care = kz.gov.tsa.eligibility.domain.decision.CareDuties
                    .held(m, inputs.members(), parameters, inputs.decisionDate()).stream()
                    .map(kz.gov.tsa.eligibility.domain.decision.CareDuties.Held::duty)
                    .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(CareDuty.class)));
            return new MemberFacts(m, ableBodied, Optional.ofNullable(share), care);
        }).toList();
    }

    /**
     * A member with the facts the decision computed for it.
     *
     * @param careDutiesHeld the declared care duties that hold on the decision date (ELIG-07, CON-09 (4))
     */
    public record MemberFacts(FamilyMember member, boolean ableBodied, Optional<MemberShare> share,
                              java.util.Set<CareDuty> careDutiesHeld) {
    }
}
