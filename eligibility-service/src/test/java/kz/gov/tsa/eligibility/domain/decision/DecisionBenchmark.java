package kz.gov.tsa.eligibility.domain.decision;

import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Throughput of {@link EligibilityPolicy#decide} (ELIG-02..15) over generated families, beside a
 * baseline measured in the same run: the bare ELIG-03 arithmetic (sum the incomes, divide by 3 months
 * and the members HALF_UP to the tiyn, compare with the PL) over the same families. The ratio says
 * what the full decision with its explanation costs over the arithmetic alone.
 *
 * <p>Not a test (Surefire does not run it). The domain needs only the JDK, so after a build
 * ({@code ./tsa mvn -B -ntp -q test-compile -pl eligibility-service}) run it from the repository root:
 * <pre>
 * ./tsa java -cp eligibility-service/target/test-classes:eligibility-service/target/classes \
 *     kz.gov.tsa.eligibility.domain.decision.DecisionBenchmark [families=500000] [rounds=5]
 * </pre>
 * The families are generated from a fixed seed (1–7 members, ages 0–85, about 1 % of applicants of
 * another status, some disabled, long ill, caring or studying; incomes from 0 to about 1.5 × PL per
 * person), so runs are comparable. Every round is one pass over all families; three warm-up passes of
 * each kind run first, and the median round is reported.
 */
public final class DecisionBenchmark {

    private static final Quarter QUARTER = new Quarter(2026, 4);
    private static final LocalDate APPLIED = LocalDate.of(2026, 10, 15);
    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 3);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private DecisionBenchmark() {
    }

    public static void main(String[] args) {
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        DecisionParameters p = Families.params();

        long t0 = System.nanoTime();
        EligibilityCase[] cases = generate(families, new SplittableRandom(20261015L));
        long members = Arrays.stream(cases).mapToLong(c -> c.members().size()).sum();
        System.out.printf("generated %,d families (%,d members) in %.1f s%n", families, members,
                (System.nanoTime() - t0) / 1e9);
        System.out.println("outcomes: " + outcomes(cases, p));

        for (int i = 0; i < 3; i++) {
            decideAll(cases, p);
            baselineAll(cases, p);
        }
        long[] decideNanos = new long[rounds];
        long[] baselineNanos = new long[rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            sink += decideAll(cases, p);
            decideNanos[r] = System.nanoTime() - s;
            s = System.nanoTime();
            sink += baselineAll(cases, p);
            baselineNanos[r] = System.nanoTime() - s;
        }
        double decideRate = families / (median(decideNanos) / 1e9);
        double baselineRate = families / (median(baselineNanos) / 1e9);
        System.out.printf("decide:   %,12.0f decisions/s (median of %d rounds over %,d families)%n", decideRate, rounds,
                families);
        System.out.printf("baseline: %,12.0f per-capita computations/s (ELIG-03 arithmetic only)%n", baselineRate);
        System.out.printf("decide costs %.1f× the bare arithmetic; %.2f µs per decision (sink %d)%n",
                baselineRate / decideRate, 1e6 / decideRate, sink);
    }

    private static long decideAll(EligibilityCase[] cases, DecisionParameters p) {
        long h = 0;
        for (EligibilityCase c : cases) {
            Decision d = EligibilityPolicy.decide(c, p);
            h += d.explanation().steps().size();
        }
        return h;
    }

    /** The baseline: ELIG-03 per-capita income HALF_UP to the tiyn, compared with the PL. */
    private static long baselineAll(EligibilityCase[] cases, DecisionParameters p) {
        long below = 0;
        BigDecimal pl = p.povertyLine().value();
        for (EligibilityCase c : cases) {
            BigDecimal total = BigDecimal.ZERO;
            for (FamilyMember m : c.members()) {
                for (MonthlyIncome i : m.incomes()) {
                    total = total.add(i.amount().value());
                }
            }
            BigDecimal perCapita = total.divide(THREE.multiply(BigDecimal.valueOf(c.members().size())), 2,
                    RoundingMode.HALF_UP);
            below += perCapita.compareTo(pl) <= 0 ? 1 : 0;
        }
        return below;
    }

    private static Map<String, Integer> outcomes(EligibilityCase[] cases, DecisionParameters p) {
        Map<String, Integer> counts = new TreeMap<>();
        for (EligibilityCase c : cases) {
            String key = switch (EligibilityPolicy.decide(c, p)) {
                case Decision.Unconditional u -> "unconditional";
                case Decision.Conditional k -> "conditional";
                case Decision.Refused r -> "refused " + r.ruleId();
            };
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    // --- generation ------------------------------------------------------------------------------

    private static EligibilityCase[] generate(int n, SplittableRandom rnd) {
        YearMonth first = YearMonth.from(QUARTER.previous().firstDay());
        EligibilityCase[] cases = new EligibilityCase[n];
        for (int f = 0; f < n; f++) {
            int size = 1 + Math.min(6, (int) Math.abs(rnd.nextGaussian() * 2.2));
            List<FamilyMember> members = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                members.add(member(rnd, i, first));
            }
            cases[f] = new EligibilityCase(members, QUARTER, APPLIED, DECIDED);
        }
        return cases;
    }

    private static FamilyMember member(SplittableRandom rnd, int index, YearMonth first) {
        boolean applicant = index == 0;
        int age = applicant ? 18 + rnd.nextInt(65) : rnd.nextInt(86);
        LocalDate birth = APPLIED.minusYears(age).minusDays(rnd.nextInt(365));
        Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        ResidencyStatus status = rnd.nextInt(100) == 0 ? ResidencyStatus.OTHER
                : rnd.nextInt(20) == 0 ? ResidencyStatus.KANDAS : ResidencyStatus.CITIZEN;
        int d = rnd.nextInt(100);
        Disability disability = d < 3 ? Disability.GROUP_2 : d < 4 ? Disability.GROUP_1 : d < 7 ? Disability.GROUP_3
                : Disability.NONE;
        boolean longIll = rnd.nextInt(50) == 0;
        boolean student = age >= 16 && age < 24 && rnd.nextInt(3) == 0;
        Set<CareDuty> care = age >= 18 && rnd.nextInt(4) == 0 ? Set.of(CareDuty.CHILD_UNDER_7) : Set.of();
        List<MonthlyIncome> incomes = new ArrayList<>(3);
        if (age >= 18 && rnd.nextInt(3) > 0) {
            for (int m = 0; m < 3; m++) {
                if (rnd.nextInt(5) > 0) {
                    incomes.add(new MonthlyIncome(first.plusMonths(m), MonthlyIncome.IncomeKind.WAGES,
                            new Tenge(BigDecimal.valueOf(rnd.nextLong(10_000_000L), 2))));
                }
            }
        }
        return new FamilyMember(Families.iin(birth, sex, 1 + rnd.nextInt(9000)), birth,
                applicant ? FamilyMember.Relation.APPLICANT : FamilyMember.Relation.OTHER, status, disability, longIll,
                student, care, student ? EmploymentStatus.STUDENT : EmploymentStatus.NOT_WORKING, incomes);
    }
}
