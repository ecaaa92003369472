package kz.gov.tsa.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An application for TSA with the whole family (ELIG-01, ELIG-14). Once received it awaits the
 * precinct commission's conclusion (ELIG-10).
 */
public record Application(
        UUID id,
        String familyId,
        RegionCode region,
        Quarter quarter,
        List<FamilyMember> members,
        LivingConditions livingConditions,
        Channel channel,
        String submittedBy,
        Instant receivedAt,
        Status status,
        Optional<CommissionConclusion> conclusion) {

    public enum Channel { PORTAL, OPERATOR }

    /** AWAITING_COMMISSION → (ELIG-10 conclusion) AWAITING_DECISION → DECIDED → (CON-06 (2)) REVOKED. */
    public enum Status { AWAITING_COMMISSION, AWAITING_DECISION, DECIDED, REVOKED }

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(conclusion, "conclusion");
        if ((status == Status.AWAITING_COMMISSION) == conclusion.isPresent()) {
            throw new IllegalArgumentException("a conclusion exists exactly when the commission step is done");
        }
        members = List.copyOf(members);
        Objects.requireNonNull(livingConditions, "livingConditions");
        Quarter incomePeriod = quarter.previous();
        for (FamilyMember m : members) {
            for (MonthlyIncome income : m.incomes()) {
                if (!Quarter.of(income.month().atDay(1)).equals(incomePeriod)) {
                    throw new IllegalArgumentException("an income lies outside the income period " + incomePeriod);
                }
            }
        }
        long applicants = members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT).count();
        if (applicants != 1) {
            throw new IllegalArgumentException("exactly one member is the applicant");
        }
        if (members.stream().map(m -> m.iin().value()).distinct().count() != members.size()) {
            throw new IllegalArgumentException("a person appears twice in the family");
        }
    }

    /** Receives a new application; the family id is derived from the applicant (one family per applicant). */
    public static Application receive(UUID id, RegionCode region, Quarter quarter, List<FamilyMember> members,
                                      LivingConditions livingConditions, Channel channel, String submittedBy,
                                      Instant now) {
        String familyId = "F-" + id;
        return new Application(id, familyId, region, quarter, members, livingConditions, channel, submittedBy, now,
                Status.AWAITING_COMMISSION, Optional.empty());
    }

    /** ELIG-10: records the precinct commission's conclusion; only once, before the decision. */
    public Application withConclusion(CommissionConclusion c) {
        if (status != Status.AWAITING_COMMISSION) {
            throw new IllegalStateException("the commission step is already done");
        }
        return new Application(id, familyId, region, quarter, members, livingConditions, channel, submittedBy,
                receivedAt, Status.AWAITING_DECISION, Optional.of(c));
    }

    /** ELIG-10: a decision is possible only after the commission's conclusion. */
    public boolean readyForDecision() {
        return status == Status.AWAITING_DECISION;
    }

    public Application decided() {
        if (status != Status.AWAITING_DECISION) {
            throw new IllegalStateException("not awaiting a decision");
        }
        return withStatus(Status.DECIDED);
    }

    public Application revoked() {
        if (status != Status.DECIDED) {
            throw new IllegalStateException("only a decided application can be revoked");
        }
        return withStatus(Status.REVOKED);
    }

    private Application withStatus(Status next) {
        return new Application(id, familyId, region, quarter, members, livingConditions, channel, submittedBy,
                receivedAt, next, conclusion);
    }

    public FamilyMember applicant() {
        return members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT).findFirst().orElseThrow();
    }

    /** The domain event of this application's receipt. */
    public ApplicationEvent.Received receivedEvent() {
        return new ApplicationEvent.Received(id, familyId, region, quarter, members.size(), channel, receivedAt);
    }
}
