package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.CareFor;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyComposition;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static kz.gov.tsa.eligibility.domain.CareDuty.CHILD_UNDER_7;
import static kz.gov.tsa.eligibility.domain.CareDuty.DISABLED_CHILD;
import static kz.gov.tsa.eligibility.domain.CareDuty.DISABLED_PERSON_GROUP_1_2;
import static kz.gov.tsa.eligibility.domain.CareDuty.ELDERLY_NEEDING_CARE;
import static kz.gov.tsa.eligibility.domain.decision.Families.APPLIED;
import static kz.gov.tsa.eligibility.domain.decision.Families.DECIDED;
import static kz.gov.tsa.eligibility.domain.decision.Families.Q4_2026;
import static kz.gov.tsa.eligibility.domain.decision.Families.iin;
import static kz.gov.tsa.eligibility.domain.decision.Families.params;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ELIG-07 / CON-09 (4): a care duty holds only for a person cared for on the decision date — a member of the family
 * who fits (ages from the IIN's birth date, disability from the member's facts), or a person outside the family whom
 * the application records — and the explanation names the person cared for. Application in 2026-Q4 on 2026-10-15,
 * decided on 2026-11-03 ({@link Families}).
 */
class CareDutiesTest {

    static final LocalDate MOTHER_BORN = LocalDate.of(1992, 2, 2);

    static FamilyMember mother(List<CareFor> careFor, CareDuty... duties) {
        return new FamilyMember(iin(MOTHER_BORN, Sex.FEMALE, 1), MOTHER_BORN, FamilyMember.Relation.APPLICANT,
                ResidencyStatus.CITIZEN, Disability.NONE, false, false, Set.of(duties), EmploymentStatus.NOT_WORKING,
                List.of(), careFor);
    }

    static FamilyMember member(LocalDate born, int serial, FamilyMember.Relation relation, Disability disability) {
        return new FamilyMember(iin(born, Sex.MALE, serial), born, relation, ResidencyStatus.CITIZEN, disability, false,
                false, Set.of(), EmploymentStatus.NOT_WORKING, List.of());
    }

    static FamilyMember child(LocalDate born, int serial) {
        return member(born, serial, FamilyMember.Relation.CHILD, Disability.NONE);
    }

    static Decision decide(FamilyMember... members) {
        return EligibilityPolicy.decide(new EligibilityCase(List.of(members), Q4_2026, APPLIED, DECIDED), params());
    }

    static java.util.Map<String, String> elig07(Decision d) {
        return d.explanation().steps().stream().filter(s -> s.ruleId().equals("ELIG-07")).findFirst().orElseThrow()
                .figures();
    }

    @Test
    void ELIG07_aChildTurning7OnTheDecisionDateIsNoLongerUnder7SoTheFamilyIsConditional() {
        FamilyMember turns7OnTheDecisionDate = child(DECIDED.minusYears(7), 2);
        Decision d = decide(mother(List.of(), CHILD_UNDER_7), turns7OnTheDecisionDate);

        assertThat(d).isInstanceOf(Decision.Conditional.class);
        assertThat(elig07(d)).containsEntry("exemptByCare", "0").containsEntry("careHeld", "none")
                .containsEntry("careNotHeld", "members[0] " + mother(List.of()).iin() + ": CHILD_UNDER_7")
                .containsEntry("careDay", DECIDED.toString());
    }

    @Test
    void ELIG07_aChildTurning7TheDayAfterTheDecisionDateIsUnder7AndIsNamed() {
        FamilyMember child = child(DECIDED.minusYears(7).plusDays(1), 2);
        Decision d = decide(mother(List.of(), CHILD_UNDER_7), child);

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(elig07(d)).containsEntry("exemptByCare", "1")
                .containsEntry("careHeld", "members[0] " + mother(List.of()).iin() + ": CHILD_UNDER_7 for " + child.iin())
                .doesNotContainKey("careNotHeld");
        assertThat(elig07(d).get("careHeld")).doesNotContain(child.iin().value());
    }

    @Test
    void ELIG07_aDeclaredDutyWithNoSuchPersonInTheFamilyDoesNotExempt() {
        FamilyMember healthyChild = child(LocalDate.of(2015, 5, 5), 2);
        assertThat(decide(mother(List.of(), DISABLED_PERSON_GROUP_1_2), healthyChild))
                .isInstanceOf(Decision.Conditional.class);
        assertThat(decide(mother(List.of(), DISABLED_CHILD), healthyChild)).isInstanceOf(Decision.Conditional.class);
        assertThat(decide(mother(List.of(), ELDERLY_NEEDING_CARE), healthyChild)).isInstanceOf(Decision.Conditional.class);

        FamilyMember disabledChild = member(LocalDate.of(2015, 5, 5), 3, FamilyMember.Relation.CHILD, Disability.GROUP_3);
        assertThat(decide(mother(List.of(), DISABLED_CHILD), disabledChild)).isInstanceOf(Decision.Unconditional.class);
        FamilyMember disabledFather = member(LocalDate.of(1960, 5, 5), 4, FamilyMember.Relation.PARENT,
                Disability.GROUP_1);
        assertThat(decide(mother(List.of(), DISABLED_PERSON_GROUP_1_2), disabledFather))
                .isInstanceOf(Decision.Unconditional.class);
        FamilyMember grandfather = member(APPLIED.minusYears(63), 5, FamilyMember.Relation.GRANDPARENT, Disability.NONE);
        assertThat(decide(mother(List.of(), ELDERLY_NEEDING_CARE), grandfather)).isInstanceOf(Decision.Unconditional.class);
        FamilyMember notYet63 = member(DECIDED.minusYears(63).plusDays(1), 6, FamilyMember.Relation.GRANDPARENT,
                Disability.NONE);
        assertThat(decide(mother(List.of(), ELDERLY_NEEDING_CARE), notYet63)).isInstanceOf(Decision.Conditional.class);
    }

    @Test
    void ELIG07_aNamedMemberMustBeOfTheKindCaredFor() {
        FamilyMember small = child(LocalDate.of(2023, 1, 1), 2);
        FamilyMember big = child(LocalDate.of(2015, 1, 1), 3);
        assertThat(decide(mother(List.of(new CareFor(CHILD_UNDER_7, small.iin(), null))), small, big))
                .isInstanceOf(Decision.Unconditional.class);
        // the application names the ten-year-old: the duty does not hold, whoever else is in the family
        assertThat(decide(mother(List.of(new CareFor(CHILD_UNDER_7, big.iin(), null))), small, big))
                .isInstanceOf(Decision.Conditional.class);
    }

    @Test
    void ELIG07_aPersonOutsideTheFamilyRecordedByTheApplicationCountsAndIsNamed() {
        LocalDate grandmotherBorn = LocalDate.of(1940, 3, 3);
        Iin grandmother = iin(grandmotherBorn, Sex.FEMALE, 7);
        FamilyMember son = child(LocalDate.of(2012, 1, 1), 2);
        Decision d = decide(mother(List.of(new CareFor(ELDERLY_NEEDING_CARE, grandmother, "grandmother, lives alone"))),
                son);

        assertThat(d).isInstanceOf(Decision.Unconditional.class);
        assertThat(elig07(d).get("careHeld")).endsWith("ELDERLY_NEEDING_CARE for " + grandmother
                + " (outside the family: grandmother, lives alone)");

        // a child outside the family counts only while under 7
        Iin nephew = iin(LocalDate.of(2015, 6, 6), Sex.MALE, 8);
        assertThat(decide(mother(List.of(new CareFor(CHILD_UNDER_7, nephew, "nephew"))), son))
                .isInstanceOf(Decision.Conditional.class);
    }

    @Test
    void ELIG14_ELIG07_aPersonCaredForIsAnotherMemberOrRecordedAsOutsideTheFamily() {
        FamilyMember son = child(LocalDate.of(2023, 1, 1), 2);
        Iin stranger = iin(LocalDate.of(2022, 2, 2), Sex.MALE, 9);
        FamilyMember carer = mother(List.of(new CareFor(CHILD_UNDER_7, stranger, null),
                new CareFor(CHILD_UNDER_7, iin(MOTHER_BORN, Sex.FEMALE, 1), null),
                new CareFor(CHILD_UNDER_7, son.iin(), "my son"),
                new CareFor(CHILD_UNDER_7, son.iin(), null)));

        Refusal r = FamilyComposition.check(List.of(carer, son),
                kz.gov.tsa.eligibility.domain.IncomePeriod.quarterBefore(Q4_2026)).orElseThrow();
        assertThat(r.fields()).extracting(Refusal.FieldRefusal::field, Refusal.FieldRefusal::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("members[0].careFor[0].iin", "application.care.unknown-member"),
                org.assertj.core.groups.Tuple.tuple("members[0].careFor[1].iin", "application.care.self"),
                org.assertj.core.groups.Tuple.tuple("members[0].careFor[2].iin", "application.care.member-outside"));
        assertThat(carer.careDuties()).containsExactly(CHILD_UNDER_7);
    }

    @Test
    void CON09_theDecisionCarriesOnlyTheCareDutiesThatHold() {
        FamilyMember turns7 = child(DECIDED.minusYears(7), 2);
        FamilyMember mother = mother(List.of(), CHILD_UNDER_7, ELDERLY_NEEDING_CARE);
        var c = new EligibilityCase(List.of(mother, turns7), Q4_2026, APPLIED, DECIDED);
        assertThat(CareDuties.held(mother, c.members(), params(), DECIDED)).isEmpty();
        assertThat(CareDuties.held(mother, c.members(), params(), DECIDED.minusDays(1)))
                .extracting(CareDuties.Held::duty).containsExactly(CHILD_UNDER_7);
    }
}
