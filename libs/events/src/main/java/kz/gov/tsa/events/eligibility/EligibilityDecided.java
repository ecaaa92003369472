package kz.gov.tsa.events.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An application was decided (ELIG-01..15). Topic {@code tsa.eligibility.v1}, key = family id.
 * Carries what contract-service (CON-03 deadline, CON-07/09 facts) and payment-service (PAY-01
 * schedule, member shares) need. Money is a decimal string in tenge with two decimals (REF-08).
 *
 * @param kind                  {@code UNCONDITIONAL}, {@code CONDITIONAL} or {@code REFUSED}
 * @param refusalRuleId         the refusing rule for {@code REFUSED}, else null
 * @param monthlyAmount         the family's monthly amount (null when refused)
 * @param periodFrom            first month {@code YYYY-MM} (provisional for conditional: the contract fixes it)
 * @param commissionConcludedAt the precinct commission's conclusion (ELIG-10), from which CON-03 counts 3 working days
 * @param paymentMode           ELIG-12/13: {@code MONTHLY}, or {@code LUMP_SUM_3_MONTHS} for a conditional assignment
 *                              the applicant asked to be paid at once; null for a refusal (absent in events written
 *                              before it existed: read as {@code MONTHLY})
 */
public record EligibilityDecided(
        UUID decisionId,
        UUID applicationId,
        String familyId,
        String regionCode,
        String quarter,
        String kind,
        String refusalRuleId,
        String perCapitaIncome,
        String povertyLine,
        String monthlyAmount,
        String periodFrom,
        String periodTo,
        Instant commissionConcludedAt,
        Instant decidedAt,
        List<Member> members,
        String paymentMode) {

    public EligibilityDecided {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedAt, "decidedAt");
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * One family member with the facts later rules need (its {@code personKey}: the keyed IIN hash, the same in every
     * service, by which employment events name the person): share of the amount, able-bodiedness,
     * CON-09 exemptions (disability, long illness, study, care, permanent job), ages 18 and 23.
     */
    public record Member(
            String iin,
            LocalDate birthDate,
            String relation,
            String monthlyShare,
            boolean ableBodied,
            String disability,
            boolean longIllness,
            boolean fullTimeStudent,
            List<String> careDuties,
            String employment,
            LocalDate turns18On,
            LocalDate turns23On,
            String personKey) {
        public Member {
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(birthDate, "birthDate");
            careDuties = careDuties == null ? List.of() : List.copyOf(careDuties);
        }
    }
}
