package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.FamilyMember;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static kz.gov.tsa.eligibility.domain.decision.EligibilityPolicy.figures;
import static kz.gov.tsa.eligibility.domain.decision.EligibilityPolicy.step;

/**
 * ELIG-05..09: which of the two kinds of assistance (ELIG-05) a low-income family gets. All ages
 * and facts are judged on the application date.
 *
 * <ul>
 *   <li>ELIG-06, one person: unconditional when limited by retirement age, disability 1/2 or a long
 *       illness. A person under 18 living alone is not able-bodied and so not conditional under
 *       ELIG-08 either: unconditional (basis {@code under-18-not-able-bodied}).</li>
 *   <li>ELIG-07, two or more: unconditional when every working-age member (18 ≤ age &lt; retirement
 *       age) is disabled 1/2, long ill and/or has a care duty that holds — or there is no working-age member.
 *       A care duty holds only for a person cared for on the decision date ({@link CareDuties}); the step names
 *       each person cared for ({@code careHeld}) and every declared duty that does not hold ({@code careNotHeld}).
 *       Full-time study does not exempt here (CON-09 exempts students only from measures).</li>
 *   <li>ELIG-08 otherwise: conditional, which needs a signed social contract (ELIG-09).</li>
 * </ul>
 */
final class KindRules {

    static final String KIND = "kind";

    private KindRules() {
    }

    /** Adds the kind steps to {@code steps}; true when the assistance is unconditional. */
    static boolean judge(EligibilityCase c, DecisionParameters p, List<Explanation.Step> steps) {
        boolean unconditional = c.members().size() == 1
                ? single(c.members().getFirst(), p, c.applicationDate(), c.decisionDate(), steps)
                : family(c.members(), p, c.applicationDate(), c.decisionDate(), steps);
        if (!unconditional) {
            steps.add(step("ELIG-09", EligibilityPolicy.ART_CONTRACT, "contract-required", figures(
                    "contractTermMonths", Integer.toString(p.contractTermMonths()),
                    "contract", "CON-01"),
                    "CONTRACT_REQUIRED"));
        }
        return unconditional;
    }

    /** ELIG-06 for a person living alone, else ELIG-08. */
    private static boolean single(FamilyMember m, DecisionParameters p, LocalDate day, LocalDate careDay,
                                  List<Explanation.Step> steps) {
        boolean retired = Ages.reachedRetirementAge(m, p, day);
        boolean adult = Ages.hasTurned(m, Ages.ADULT_YEARS, day);
        String basis;
        if (retired) {
            basis = "retirement-age";
        } else if (m.disability().limitsWork()) {
            basis = "disability-group-1-2";
        } else if (m.longIllness()) {
            basis = "long-illness";
        } else if (!adult) {
            basis = "under-18-not-able-bodied";
        } else {
            basis = "able-bodied";
        }
        boolean unconditional = !"able-bodied".equals(basis);
        // ELIG-06 lists no care duty; the care that holds is shown (CON-09 (4) exempts from measures by it)
        List<CareDuties.Held> care = CareDuties.held(m, List.of(m), p, careDay);
        Map<String, String> f = figures(
                "members", "1",
                "age", Integer.toString(Ages.years(m, day)),
                "retirementAge", p.retirementAge(m.sex()).toPlainString(),
                "retirementAgeReachedOn", Ages.retirementDay(m, p, day).toString(),
                "reachedRetirementAge", Boolean.toString(retired),
                "disability", m.disability().name(),
                "longIllness", Boolean.toString(m.longIllness()),
                "fullTimeStudent", Boolean.toString(m.fullTimeStudent()),
                "studyExempts", "false",
                "basis", basis);
        f.put("careHeld", care.isEmpty() ? "none"
                : String.join("; ", care.stream().map(h -> "members[0] " + m.iin() + ": " + h.text()).toList()));
        steps.add(step("ELIG-06", EligibilityPolicy.ART_SINGLE, KIND, f,
                unconditional ? "UNCONDITIONAL" : "CONDITIONAL"));
        if (!unconditional) {
            steps.add(conditionalStep(1, 1, "single-able-bodied-person"));
        }
        return unconditional;
    }

    /** ELIG-07 for a family of two or more, else ELIG-08. */
    private static boolean family(List<FamilyMember> members, DecisionParameters p, LocalDate day, LocalDate careDay,
                                  List<Explanation.Step> steps) {
        int workingAge = 0;
        int byDisability = 0;
        int byLongIllness = 0;
        int byCare = 0;
        int exempt = 0;
        int studentsNotExempt = 0;
        List<String> careHeld = new ArrayList<>();
        List<String> careNotHeld = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            FamilyMember m = members.get(i);
            if (!Ages.workingAge(m, p, day)) {
                continue;
            }
            workingAge++;
            // ELIG-07: a care duty counts only for a person cared for on the decision date
            List<CareDuties.Held> held = CareDuties.held(m, members, p, careDay);
            String at = "members[" + i + "] " + m.iin() + ": ";
            held.forEach(h -> careHeld.add(at + h.text()));
            CareDuties.notHeld(m, held).forEach(d -> careNotHeld.add(at + d));
            byDisability += m.disability().limitsWork() ? 1 : 0;
            byLongIllness += m.longIllness() ? 1 : 0;
            byCare += held.isEmpty() ? 0 : 1;
            if (Ages.limitedByHealth(m) || !held.isEmpty()) {
                exempt++;
            } else if (m.fullTimeStudent()) {
                studentsNotExempt++;
            }
        }
        int notExempt = workingAge - exempt;
        String basis = workingAge == 0 ? "no-working-age-member"
                : notExempt == 0 ? "all-working-age-exempt" : "able-bodied-member-not-exempt";
        boolean unconditional = notExempt == 0;
        Map<String, String> f = figures(
                "members", Integer.toString(members.size()),
                "workingAgeMembers", Integer.toString(workingAge),
                "exempt", Integer.toString(exempt),
                "exemptByDisability", Integer.toString(byDisability),
                "exemptByLongIllness", Integer.toString(byLongIllness),
                "exemptByCare", Integer.toString(byCare),
                "notExempt", Integer.toString(notExempt),
                "fullTimeStudentsNotExempt", Integer.toString(studentsNotExempt),
                "studyExempts", "false",
                "basis", basis);
        f.put("careDay", careDay.toString());
        f.put("careHeld", careHeld.isEmpty() ? "none" : String.join("; ", careHeld));
        if (!careNotHeld.isEmpty()) {
            f.put("careNotHeld", String.join("; ", careNotHeld));
        }
        steps.add(step("ELIG-07", EligibilityPolicy.ART_FAMILY, KIND, f,
                unconditional ? "UNCONDITIONAL" : "CONDITIONAL"));
        if (!unconditional) {
            steps.add(conditionalStep(members.size(), notExempt, basis));
        }
        return unconditional;
    }

    private static Explanation.Step conditionalStep(int members, int ableBodiedNotExempt, String basis) {
        return step("ELIG-08", EligibilityPolicy.ART_CONDITIONAL, "able-bodied-member", figures(
                "members", Integer.toString(members),
                "ableBodiedNotExempt", Integer.toString(ableBodiedNotExempt),
                "basis", basis),
                "CONDITIONAL");
    }
}
