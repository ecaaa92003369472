package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Quarter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

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
        Optional<CommissionConclusion> conclusion,
        PaymentMode conditionalPayment) {

    public enum Channel { PORTAL, OPERATOR }

    /**
     * AWAITING_COMMISSION → (ELIG-10 conclusion) AWAITING_DECISION → DECIDED → (CON-06 (2)) REVOKED; before its
     * decision an application may be WITHDRAWN (D-97), with or without the commission's conclusion.
     */
    public enum Status {
        AWAITING_COMMISSION, AWAITING_DECISION, DECIDED, REVOKED, WITHDRAWN;

        /** Not decided yet, not withdrawn: its members are held for it (ELIG-01). */
        public boolean open() {
            return this == AWAITING_COMMISSION || this == AWAITING_DECISION;
        }
    }

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
        conditionalPayment = conditionalPayment == null ? PaymentMode.MONTHLY : conditionalPayment;
        if (status != Status.WITHDRAWN && (status == Status.AWAITING_COMMISSION) == conclusion.isPresent()) {
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

    /**
     * Receives a new application, or refuses it naming every bad field of the family (ELIG-14, checked here once).
     * The family's id is stable across its applications: derived from the applicant's pseudonymous key
     * ({@code personKeys}: each member's keyed IIN hash by IIN), never from the IIN itself.
     */
    public static Outcome<Application> receive(UUID id, Map<String, String> personKeys, RegionCode region,
                                               Quarter quarter, List<FamilyMember> members,
                                               LivingConditions livingConditions, Channel channel,
                                               String submittedBy, Instant now) {
        return receive(id, personKeys, region, quarter, members, livingConditions, PaymentMode.MONTHLY, channel,
                submittedBy, now);
    }

    /**
     * As above, with how a conditional assignment is to be paid (ELIG-13: monthly, or a 3-month lump sum on the
     * applicant's request; an unconditional one is paid monthly whatever is asked, ELIG-12).
     */
    public static Outcome<Application> receive(UUID id, Map<String, String> personKeys, RegionCode region,
                                               Quarter quarter, List<FamilyMember> members,
                                               LivingConditions livingConditions, PaymentMode conditionalPayment,
                                               Channel channel, String submittedBy, Instant now) {
        return receive(id, personKeys, region, quarter, members, livingConditions, conditionalPayment, channel,
                submittedBy, now, IncomePeriod.quarterBefore(quarter));
    }

    /** As above, with the income period in force (ELIG-03, a dated parameter) that incomes must lie in. */
    public static Outcome<Application> receive(UUID id, Map<String, String> personKeys, RegionCode region,
                                               Quarter quarter, List<FamilyMember> members,
                                               LivingConditions livingConditions, PaymentMode conditionalPayment,
                                               Channel channel, String submittedBy, Instant now,
                                               IncomePeriod incomePeriod) {
        Optional<Refusal> badFamily = FamilyComposition.check(members, incomePeriod);
        if (badFamily.isPresent()) {
            return Outcome.refused(badFamily.get());
        }
        FamilyMember applicant = members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT)
                .findFirst().orElseThrow();
        String familyId = familyIdOf(Objects.requireNonNull(personKeys.get(applicant.iin().value()), "applicant key"));
        return Outcome.accepted(new Application(id, familyId, region, quarter, members, livingConditions, channel,
                submittedBy, now, Status.AWAITING_COMMISSION, Optional.empty(), conditionalPayment));
    }

    /** The family id of an applicant: {@code F-} and the first 32 hex digits (128 bits) of the applicant's key. */
    public static String familyIdOf(String applicantKey) {
        if (applicantKey.length() < 32) {
            throw new IllegalArgumentException("a person key has at least 32 characters");
        }
        return "F-" + applicantKey.substring(0, 32);
    }

    /**
     * ELIG-10: records the precinct commission's conclusion — once, before the decision; another conclusion after
     * the first is refused (409).
     */
    public Outcome<Application> conclude(CommissionConclusion c) {
        if (status == Status.WITHDRAWN) {
            return Outcome.refused(Refusal.conflict("ELIG-10", "application.withdrawn", id.toString()));
        }
        if (status != Status.AWAITING_COMMISSION) {
            return Outcome.refused(Refusal.conflict("ELIG-10", "commission.already-concluded"));
        }
        return Outcome.accepted(new Application(id, familyId, region, quarter, members, livingConditions, channel,
                submittedBy, receivedAt, Status.AWAITING_DECISION, Optional.of(c), conditionalPayment));
    }

    /** ELIG-10: a decision is possible only after the commission's conclusion. */
    public boolean readyForDecision() {
        return status == Status.AWAITING_DECISION;
    }

    /**
     * D-97 (ELIG-01): the applicant (on the portal) or the Centre withdraws an application not yet decided — its
     * members are free for another family's application, nothing is decided or paid on it. A decided (or revoked)
     * application is refused: a running assignment ends by revocation (CON-06), not by withdrawal (409).
     */
    public Outcome<Application> withdraw() {
        return switch (status) {
            case AWAITING_COMMISSION, AWAITING_DECISION -> Outcome.accepted(withStatus(Status.WITHDRAWN));
            case WITHDRAWN -> Outcome.refused(Refusal.conflict("ELIG-01", "application.withdrawn", id.toString()));
            case DECIDED, REVOKED -> Outcome.refused(Refusal.conflict("ELIG-01", "application.withdrawal.decided",
                    id.toString()));
        };
    }

    public boolean withdrawn() {
        return status == Status.WITHDRAWN;
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
                receivedAt, next, conclusion, conditionalPayment);
    }

    public FamilyMember applicant() {
        return members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT).findFirst().orElseThrow();
    }

    /** The domain event of this application's receipt. */
    public ApplicationEvent.Received receivedEvent() {
        return new ApplicationEvent.Received(id, familyId, region, quarter, members.size(), channel, receivedAt);
    }
}
