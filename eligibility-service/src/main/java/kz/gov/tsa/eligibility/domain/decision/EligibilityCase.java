package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.IncomePeriod;
import kz.gov.tsa.kernel.Quarter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a decision is about: the family with its facts, the quarter of application, the date the
 * facts hold on (ages are taken on it), and the decision date.
 *
 * @param members         every member, exactly one the applicant
 * @param quarter         quarter of application; its PL is the criterion (ELIG-03)
 * @param applicationDate ages and statuses are judged on this day
 * @param decisionDate    the day of the decision (a conditional assignment's provisional start month)
 */
public record EligibilityCase(List<FamilyMember> members, Quarter quarter, LocalDate applicationDate,
                              LocalDate decisionDate) {
    public EligibilityCase {
        members = List.copyOf(members);
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(decisionDate, "decisionDate");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a family has at least one member");
        }
    }

    /** ELIG-03 default income period: the quarter before the quarter of application (the dated length is
     * {@link DecisionParameters#incomePeriod}). */
    public IncomePeriod incomePeriod() {
        return IncomePeriod.quarterBefore(quarter);
    }
}
