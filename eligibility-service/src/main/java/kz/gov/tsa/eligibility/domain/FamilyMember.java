package kz.gov.tsa.eligibility.domain;

import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Sex;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One member of the applicant's family with the facts the rules look at (ELIG-02, ELIG-06..08,
 * ELIG-14, CON-07/09): residency status, disability, long illness, full-time study, care duties (declared, and
 * whom the member cares for when the application names the person), employment status, and incomes per month of
 * the income period.
 */
public record FamilyMember(
        Iin iin,
        LocalDate birthDate,
        Relation relation,
        ResidencyStatus residency,
        Disability disability,
        boolean longIllness,
        boolean fullTimeStudent,
        Set<CareDuty> careDuties,
        EmploymentStatus employment,
        List<MonthlyIncome> incomes,
        List<CareFor> careFor) {

    public enum Relation { APPLICANT, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, GRANDPARENT, OTHER }

    public FamilyMember {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(residency, "residency");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(employment, "employment");
        careFor = careFor == null ? List.of() : List.copyOf(careFor);
        // every duty named with a person cared for is also a declared duty
        java.util.Set<CareDuty> declared = java.util.EnumSet.noneOf(CareDuty.class);
        if (careDuties != null) {
            declared.addAll(careDuties);
        }
        careFor.forEach(c -> declared.add(c.duty()));
        careDuties = Set.copyOf(declared);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
    }

    /** Without the persons cared for (a declared duty is then matched against the family, ELIG-07). */
    public FamilyMember(Iin iin, LocalDate birthDate, Relation relation, ResidencyStatus residency, Disability disability,
                        boolean longIllness, boolean fullTimeStudent, Set<CareDuty> careDuties, EmploymentStatus employment,
                        List<MonthlyIncome> incomes) {
        this(iin, birthDate, relation, residency, disability, longIllness, fullTimeStudent, careDuties, employment,
                incomes, List.of());
    }

    /** A member with only identity facts: citizen, no disability, not working, no income. */
    public static FamilyMember basic(Iin iin, LocalDate birthDate, Relation relation) {
        return new FamilyMember(iin, birthDate, relation, ResidencyStatus.CITIZEN, Disability.NONE, false, false,
                Set.of(), EmploymentStatus.NOT_WORKING, List.of());
    }

    public Sex sex() {
        return iin.sex();
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** The date the member turns {@code years} old. */
    public LocalDate turns(int years) {
        return birthDate.plusYears(years);
    }

    public Tenge totalIncome() {
        return incomes.stream().map(MonthlyIncome::amount).reduce(Tenge.ZERO, Tenge::plus);
    }
}
