package kz.gov.tsa.eligibility.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.gov.tsa.kernel.Refusal;

/**
 * ELIG-01 / PAY-04: TSA is paid to a family for a month once, and a person belongs to one family: a person who is a
 * member of a family with an open application, or with an assignment running in a month of the new quarter, cannot
 * be listed in another application for that quarter. An application that was refused (or an assignment revoked)
 * holds nobody, so the family may apply again.
 */
public final class OneFamilyPerPerson {

    private OneFamilyPerPerson() {
    }

    /**
     * @param members     the members of the new application, in request order
     * @param personKeys  each member's keyed IIN hash, by IIN value
     * @param first       the first month of the new application's quarter
     * @param last        its last month
     * @param memberships the open or assigned memberships found for these persons
     * @return the refusal naming the first person found elsewhere (IIN masked), the other application and the
     *         months, or empty
     */
    public static Optional<Refusal> check(List<FamilyMember> members, Map<String, String> personKeys,
                                          YearMonth first, YearMonth last, List<FamilyMembership> memberships) {
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            String key = personKeys.get(m.iin().value());
            for (FamilyMembership other : memberships) {
                if (other.personKey().equals(key) && other.overlaps(first, last)) {
                    String masked = m.iin().toString();
                    String code = other.state() == FamilyMembership.State.OPEN
                            ? "application.member.in-open-application" : "application.member.in-assignment";
                    return Optional.of(Refusal.conflict("ELIG-01", code, masked, other.applicationId().toString(),
                                    other.from().toString(), other.to().toString())
                            .withField("members[" + i + "].iin", code + ".field", other.applicationId().toString())
                            .with("person", masked)
                            .with("otherApplicationId", other.applicationId().toString())
                            .with("otherFamilyId", other.familyId())
                            .with("rules", List.of("ELIG-01", "PAY-04")));
                }
            }
        }
        return Optional.empty();
    }
}
