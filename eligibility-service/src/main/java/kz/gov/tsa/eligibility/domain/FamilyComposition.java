package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Quarter;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Refusal.FieldRefusal;

/**
 * ELIG-14: the family of an application is well composed — exactly one applicant, nobody twice, every birth date
 * the one its IIN encodes, incomes only for months of the income period (ELIG-03: the quarter before the quarter
 * of application, or the months of the dated income period) and at most one income per member, month and kind; a person cared for (ELIG-07) is another member
 * of the family, or a person outside it recorded as such (never a member, never the carer). Every bad field is named, with its path in
 * the request ({@code members[1].incomes[0].month}).
 */
public final class FamilyComposition {

    private FamilyComposition() {
    }

    /** The refusal listing every bad field, or empty when the family is well composed. */
    public static Optional<Refusal> check(List<FamilyMember> members, IncomePeriod incomePeriod) {
        List<FieldRefusal> bad = new ArrayList<>();
        long applicants = members.stream().filter(m -> m.relation() == FamilyMember.Relation.APPLICANT).count();
        if (applicants != 1) {
            bad.add(field("members", "application.family.one-applicant", applicants));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            String at = "members[" + i + "]";
            if (!seen.add(m.iin().value())) {
                bad.add(field(at + ".iin", "application.member.duplicate"));
            }
            if (!m.iin().birthDate().equals(m.birthDate())) {
                bad.add(field(at + ".birthDate", "application.member.birth-date-mismatch"));
            }
            for (int j = 0; j < m.careFor().size(); j++) {
                CareFor care = m.careFor().get(j);
                String careAt = at + ".careFor[" + j + "].iin";
                boolean isMember = members.stream().anyMatch(o -> o.iin().equals(care.person()));
                if (care.person().equals(m.iin())) {
                    bad.add(field(careAt, "application.care.self"));
                } else if (!care.isOutsideFamily() && !isMember) {
                    bad.add(field(careAt, "application.care.unknown-member"));
                } else if (care.isOutsideFamily() && isMember) {
                    bad.add(field(careAt, "application.care.member-outside"));
                }
            }
            Set<String> incomeKeys = new HashSet<>();
            for (int j = 0; j < m.incomes().size(); j++) {
                MonthlyIncome income = m.incomes().get(j);
                String incomeAt = at + ".incomes[" + j + "]";
                if (!incomePeriod.contains(income.month())) {
                    bad.add(field(incomeAt + ".month", "application.income.outside-period", incomePeriod.toString()));
                } else if (!incomeKeys.add(income.month() + "/" + income.kind())) {
                    bad.add(field(incomeAt, "application.income.duplicate"));
                }
            }
        }
        return bad.isEmpty() ? Optional.empty()
                : Optional.of(Refusal.invalid("ELIG-14", "application.family.invalid").withFields(bad));
    }

    private static FieldRefusal field(String path, String code, Object... args) {
        return new FieldRefusal(path, code, List.of(args));
    }
}
