package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Test data builder for eligibility cases. Defaults: application in 2026-Q4 on 2026-10-15 (income
 * period 2026-Q3), decided on 2026-11-03; PL 35 596.00 ₸; retirement ages 63 (men) / 61 (women, frozen
 * 2023–2027, REFERENCE-DATA §5); contract term 6 months (CON-04).
 */
final class Families {

    static final Quarter Q4_2026 = new Quarter(2026, 4);
    static final LocalDate APPLIED = LocalDate.of(2026, 10, 15);
    static final LocalDate DECIDED = LocalDate.of(2026, 11, 3);
    static final Tenge PL = Tenge.of("35596.00");

    private Families() {
    }

    static DecisionParameters params() {
        return params(PL, "63", "61");
    }

    static DecisionParameters params(Tenge pl, String men, String women) {
        return new DecisionParameters(pl, new BigDecimal(men), new BigDecimal(women), 6,
                List.of(new ParameterVersion("POVERTY_LINE", "750000000/2026-Q4", pl.toString(),
                        LocalDate.of(2026, 10, 1), 0)));
    }

    static CaseBuilder family() {
        return new CaseBuilder();
    }

    /** A man aged exactly {@code years} plus two months on the default application date. */
    static Person man(int years) {
        return new Person(Sex.MALE, APPLIED.minusYears(years).minusMonths(2));
    }

    static Person woman(int years) {
        return new Person(Sex.FEMALE, APPLIED.minusYears(years).minusMonths(2));
    }

    static Person child(int years) {
        return new Person(Sex.FEMALE, APPLIED.minusYears(years).minusMonths(2)).relation(FamilyMember.Relation.CHILD);
    }

    static Person person(Sex sex, LocalDate birthDate) {
        return new Person(sex, birthDate);
    }

    /** A valid IIN for the birth date and sex: YYMMDD, century/sex digit, serial, check digit. */
    static Iin iin(LocalDate birth, Sex sex, int serial) {
        int century = birth.getYear() < 1900 ? 1 : birth.getYear() < 2000 ? 3 : 5;
        int centuryDigit = century + (sex == Sex.MALE ? 0 : 1);
        for (int s = serial; ; s += 1000) {
            String head = "%02d%02d%02d%d%04d".formatted(birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), centuryDigit, s % 10000);
            int check = Iin.checkDigit(head);
            if (check >= 0) {
                return Iin.parse(head + check);
            }
        }
    }

    /** One member; the first added to a family becomes the applicant unless another is marked. */
    static final class Person {
        private final Sex sex;
        private final LocalDate birthDate;
        private FamilyMember.Relation relation;
        private ResidencyStatus residency = ResidencyStatus.CITIZEN;
        private Disability disability = Disability.NONE;
        private boolean longIllness;
        private boolean student;
        private final Set<CareDuty> care = EnumSet.noneOf(CareDuty.class);
        private EmploymentStatus employment = EmploymentStatus.NOT_WORKING;
        private final List<Object[]> incomes = new ArrayList<>();

        Person(Sex sex, LocalDate birthDate) {
            this.sex = sex;
            this.birthDate = birthDate;
        }

        Person relation(FamilyMember.Relation r) {
            relation = r;
            return this;
        }

        Person applicant() {
            return relation(FamilyMember.Relation.APPLICANT);
        }

        Person status(ResidencyStatus s) {
            residency = s;
            return this;
        }

        Person disabled(Disability d) {
            disability = d;
            return this;
        }

        Person longIll() {
            longIllness = true;
            return this;
        }

        Person student() {
            student = true;
            employment = EmploymentStatus.STUDENT;
            return this;
        }

        Person caring(CareDuty... duties) {
            care.addAll(List.of(duties));
            return this;
        }

        Person employed() {
            employment = EmploymentStatus.EMPLOYED;
            return this;
        }

        /** An income in month {@code index} (1..3) of the income period. */
        Person earns(int monthOfPeriod, String amount) {
            incomes.add(new Object[] {monthOfPeriod, amount});
            return this;
        }

        /** An income in an explicit month (may lie outside the income period). */
        Person earnsIn(YearMonth month, String amount) {
            incomes.add(new Object[] {month, amount});
            return this;
        }

        FamilyMember build(int serial, boolean defaultApplicant, Quarter incomePeriod, String extraIncome) {
            FamilyMember.Relation r = relation != null ? relation
                    : defaultApplicant ? FamilyMember.Relation.APPLICANT : FamilyMember.Relation.OTHER;
            YearMonth first = YearMonth.from(incomePeriod.firstDay());
            List<MonthlyIncome> list = new ArrayList<>();
            for (Object[] i : incomes) {
                YearMonth month = i[0] instanceof YearMonth ym ? ym : first.plusMonths((Integer) i[0] - 1L);
                list.add(new MonthlyIncome(month, MonthlyIncome.IncomeKind.WAGES, Tenge.of((String) i[1])));
            }
            if (extraIncome != null) {
                list.add(new MonthlyIncome(first, MonthlyIncome.IncomeKind.WAGES, Tenge.of(extraIncome)));
            }
            return new FamilyMember(iin(birthDate, sex, serial), birthDate, r, residency, disability, longIllness,
                    student, care, employment, list);
        }
    }

    static final class CaseBuilder {
        private final List<Person> people = new ArrayList<>();
        private Quarter quarter = Q4_2026;
        private LocalDate applied = APPLIED;
        private LocalDate decided = DECIDED;
        private String quarterIncome;

        CaseBuilder with(Person... persons) {
            people.addAll(List.of(persons));
            return this;
        }

        /** The family's total income over the income period, put on the applicant's first month. */
        CaseBuilder quarterIncome(String total) {
            quarterIncome = total;
            return this;
        }

        CaseBuilder applied(Quarter q, LocalDate applicationDate, LocalDate decisionDate) {
            quarter = q;
            applied = applicationDate;
            decided = decisionDate;
            return this;
        }

        CaseBuilder decided(LocalDate decisionDate) {
            decided = decisionDate;
            return this;
        }

        EligibilityCase build() {
            boolean marked = people.stream().anyMatch(p -> p.relation == FamilyMember.Relation.APPLICANT);
            List<FamilyMember> members = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                boolean applicant = marked ? p.relation == FamilyMember.Relation.APPLICANT : i == 0;
                members.add(p.build(i + 1, i == 0 && !marked, quarter.previous(), applicant ? quarterIncome : null));
            }
            return new EligibilityCase(members, quarter, applied, decided);
        }

        Decision decide() {
            return EligibilityPolicy.decide(build(), params());
        }

        Decision decide(DecisionParameters p) {
            return EligibilityPolicy.decide(build(), p);
        }
    }
}
