package kz.gov.tsa.contract.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A family member as the contract knows them: the pseudonymous person key (D-13) and the masked IIN (never the
 * IIN itself), and the facts of the eligibility decision that CON-07, CON-08 and CON-09 need.
 *
 * @param personKey       HMAC-SHA256 of the IIN (64 hex digits), the same in every service
 * @param maskedIin       the IIN with its middle hidden, for operators and messages
 * @param birthDate       date of birth (ages are computed from it, CON-07/08)
 * @param relation        relation to the applicant ({@code APPLICANT}, {@code SPOUSE}, {@code CHILD}, …)
 * @param ableBodied      able-bodied as the decision found (CON-06 (2), PAY-03)
 * @param disability      {@code NONE}, {@code GROUP_1}, {@code GROUP_2} or {@code GROUP_3}
 * @param longIllness     an illness that can give more than two months of incapacity (CON-09 (3))
 * @param fullTimeStudent in full-time education (CON-07, CON-09 (2))
 * @param careDuties      care the member gives (CON-09 (4)), e.g. {@code CHILD_UNDER_7}
 * @param employment      social status, e.g. {@code EMPLOYED} (CON-09 (5)), {@code UNEMPLOYED}
 */
public record ContractMember(String personKey, String maskedIin, LocalDate birthDate, String relation,
                             boolean ableBodied, String disability, boolean longIllness, boolean fullTimeStudent,
                             List<String> careDuties, String employment) {

    /** CON-07/08: the age from which a member counts as an adult. */
    public static final int ADULT_AGE = 18;
    /** CON-07/08: full-time students are spared until this age. */
    public static final int STUDENT_AGE_LIMIT = 23;

    public ContractMember {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(maskedIin, "maskedIin");
        Objects.requireNonNull(birthDate, "birthDate");
        relation = relation == null ? "OTHER" : relation;
        disability = disability == null ? "NONE" : disability;
        careDuties = careDuties == null ? List.of() : List.copyOf(careDuties);
        employment = employment == null ? "NOT_WORKING" : employment;
    }

    /** Full years of age on {@code day}. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** CON-07/08: an adult on {@code day} (has turned 18). */
    public boolean adultOn(LocalDate day) {
        return ageOn(day) >= ADULT_AGE;
    }

    /** CON-07/08: a full-time student who has not turned 23 on {@code day}. */
    public boolean sparedStudentOn(LocalDate day) {
        return fullTimeStudent && ageOn(day) < STUDENT_AGE_LIMIT;
    }

    /**
     * CON-09: why the member need not take part in active employment measures, one entry per item that applies
     * (e.g. {@code CON-09 (2) full-time student}); empty when none applies.
     */
    public List<String> con09Exemptions() {
        List<String> out = new ArrayList<>();
        if ("GROUP_1".equals(disability) || "GROUP_2".equals(disability)) {
            out.add("CON-09 (1) disability " + disability);
        }
        if (fullTimeStudent) {
            out.add("CON-09 (2) full-time student");
        }
        if (longIllness) {
            out.add("CON-09 (3) long illness");
        }
        if (!careDuties.isEmpty()) {
            out.add("CON-09 (4) care: " + String.join(", ", careDuties));
        }
        if ("EMPLOYED".equals(employment)) {
            out.add("CON-09 (5) permanent job");
        }
        return List.copyOf(out);
    }
}
