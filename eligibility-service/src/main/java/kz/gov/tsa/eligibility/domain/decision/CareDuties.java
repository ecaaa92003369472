package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.CareFor;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ELIG-07 / CON-09 (4): which of a member's declared care duties hold on a day. A duty holds only for a person who
 * is cared for:
 * <ul>
 *   <li>a member of the family on that day — the one the application names, or else the first other member that
 *       fits: {@link CareDuty#CHILD_UNDER_7} a member who has not turned 7 (a child turning 7 on the day no longer
 *       counts), {@link CareDuty#DISABLED_CHILD} a member under 18 with a disability,
 *       {@link CareDuty#DISABLED_PERSON_GROUP_1_2} a member with disability group 1 or 2,
 *       {@link CareDuty#ELDERLY_NEEDING_CARE} a member who has reached retirement age (ELIG-06; the need of care is
 *       a fact the precinct commission confirms, ELIG-10);</li>
 *   <li>or a person outside the family whom the application records (IIN and who it is); the age conditions are
 *       still checked on the IIN's birth date.</li>
 * </ul>
 * Ages are taken from the birth date, which the IIN encodes (ELIG-14).
 */
public final class CareDuties {

    private static final int CHILD_UNDER = 7;

    private CareDuties() {
    }

    /** One duty that holds, with the person cared for. */
    public record Held(CareDuty duty, Iin person, boolean outsideFamily, String who) {
        /** e.g. {@code CHILD_UNDER_7 for 2005******12} or {@code … (outside the family: mother)}. */
        public String text() {
            return duty + " for " + person + (outsideFamily ? " (outside the family: " + who + ")" : "");
        }
    }

    /** The duties of {@code carer} that hold on {@code day}, each with the person cared for, in duty order. */
    public static List<Held> held(FamilyMember carer, List<FamilyMember> family, DecisionParameters p, LocalDate day) {
        List<Held> held = new ArrayList<>();
        for (CareDuty duty : CareDuty.values()) {
            if (!carer.careDuties().contains(duty)) {
                continue;
            }
            List<CareFor> named = carer.careFor().stream().filter(c -> c.duty() == duty).toList();
            Optional<Held> found = named.isEmpty()
                    ? family.stream().filter(m -> m != carer && fits(duty, m, p, day)).findFirst()
                            .map(m -> new Held(duty, m.iin(), false, null))
                    : named.stream().map(c -> held(carer, c, family, p, day)).flatMap(Optional::stream).findFirst();
            found.ifPresent(held::add);
        }
        return held;
    }

    /** The duties declared by {@code carer} that do not hold on {@code day}. */
    public static List<CareDuty> notHeld(FamilyMember carer, List<Held> held) {
        return carer.careDuties().stream().filter(d -> held.stream().noneMatch(h -> h.duty() == d)).sorted().toList();
    }

    private static Optional<Held> held(FamilyMember carer, CareFor care, List<FamilyMember> family, DecisionParameters p,
                                       LocalDate day) {
        if (care.isOutsideFamily()) {
            boolean fits = switch (care.duty()) {
                case CHILD_UNDER_7 -> day.isBefore(care.person().birthDate().plusYears(CHILD_UNDER));
                case DISABLED_CHILD -> day.isBefore(care.person().birthDate().plusYears(Ages.ADULT_YEARS));
                case DISABLED_PERSON_GROUP_1_2, ELDERLY_NEEDING_CARE -> true;
            };
            return fits ? Optional.of(new Held(care.duty(), care.person(), true, care.outsideFamily())) : Optional.empty();
        }
        return family.stream().filter(m -> m != carer && m.iin().equals(care.person())).findFirst()
                .filter(m -> fits(care.duty(), m, p, day))
                .map(m -> new Held(care.duty(), m.iin(), false, null));
    }

    /** Whether member {@code m} is a person of the kind {@code duty} cares for, on {@code day}. */
    static boolean fits(CareDuty duty, FamilyMember m, DecisionParameters p, LocalDate day) {
        return switch (duty) {
            case CHILD_UNDER_7 -> !Ages.hasTurned(m, CHILD_UNDER, day);
            case DISABLED_CHILD -> !Ages.hasTurned(m, Ages.ADULT_YEARS, day) && m.disability() != Disability.NONE;
            case DISABLED_PERSON_GROUP_1_2 -> m.disability().limitsWork();
            case ELDERLY_NEEDING_CARE -> Ages.reachedRetirementAge(m, p, day);
        };
    }
}
