package kz.gov.tsa.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
        Status status) {

    public enum Channel { PORTAL, OPERATOR }

    public enum Status { AWAITING_COMMISSION }

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
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
                Status.AWAITING_COMMISSION);
    }

    public FamilyMember applicant() {
        return members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT).findFirst().orElseThrow();
    }

    /** The domain event of this application's receipt. */
    public ApplicationEvent.Received receivedEvent() {
        return new ApplicationEvent.Received(id, familyId, region, quarter, members.size(), channel, receivedAt);
    }
}
