package kz.gov.tsa.eligibility.adapter;

import kz.gov.tsa.kernel.Caller;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * A benchmark, not a test: the time to re-assess N stored families (default 500 000) after a poverty-line change — the
 * what-if use case, which reads the compact basis stored with every decision (D-95) and decides each family again
 * with the domain's rules — printed beside a baseline measured in the same run: one batched SQL statement that
 * recomputes the income criterion and amount (ELIG-03/04 only) over the same rows. Goal (issue 9 item 8): within 5× of
 * the baseline, same results. The rows are seeded as stored before V24 (without the compact columns); V24's back-fill
 * is then run and timed, and the table vacuumed. After one warm-up pass of each, the use case and the baseline are measured three times in
 * turn (the median is compared); then the former path, a full replay of every JSON snapshot (read, parse, decide
 * with explanations), is measured once, as is reading and parsing those snapshots alone, and its counts must equal
 * the use case's. Run it on purpose:
 * <pre>
 * ./tsa mvn -B -ntp verify -pl eligibility-service -Dtest=ReassessmentBenchmark -Dtsa.benchmark=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dtsa.benchmark.families=500000]
 * </pre>
 * Surefire does not pick it by default (the class name does not end in Test) and it is disabled
 * without {@code -Dtsa.benchmark=true}. Figures go to the test output file and the console.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "tsa.benchmark", matches = "true")
class ReassessmentBenchmark {

    static final String REGION = "790000000"; // Shymkent: no other test stores decisions there
    static final String QUARTER = "2024-Q2";  // PL = 70 % of the 2024-Q1 SM (43 407.00) = 30 384.90 → 30 385 (D-23)
    /** 40 % of the 2024-Q1 SM of Shymkent (43 407.00): the line the use case computes for the what-if below. */
    static final Tenge NEW_LINE = Tenge.of("17362.80");
    static final int ROUNDS = 3;

    @Inject
    DataSource dataSource;
    @Inject
    SimulatePovertyLineChangeUseCase simulations;
    @Inject
    kz.gov.tsa.eligibility.application.port.out.DecisionStorePort store;

    @Test
    void reassess() throws Exception {
        int families = Integer.getInteger("tsa.benchmark.families", 500_000);
        long t0 = System.nanoTime();
        seed(families);
        System.out.printf("seeded %,d families (applications + decisions, as stored before V24) in %.1f s%n", families,
                secs(t0));
        long tb = System.nanoTime();
        backFill();
        double backFillSecs = secs(tb);
        // the back-fill rewrote every row: vacuum as autovacuum would after a migration, so that neither the use case
        // nor the baseline reads the dead row versions
        long tv = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("vacuum (analyze) decision");
        }
        double vacuumSecs = secs(tv);

        // one warm-up pass of each (JIT, buffers), then ROUNDS measured passes in turn
        BigDecimal[] baseline = baseline();
        PovertyLineSimulation.Result result = simulate();
        double[] simulationSecs = new double[ROUNDS];
        double[] baselineSecs = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t = System.nanoTime();
            result = simulate();
            simulationSecs[r] = secs(t);
            t = System.nanoTime();
            baseline = baseline();
            baselineSecs[r] = secs(t);
        }

        // the former path: every JSON snapshot read, parsed and decided in full (with explanations), once
        long tf = System.nanoTime();
        PovertyLineSimulation full = new PovertyLineSimulation();
        store.forEachStoredCase(Optional.of(new RegionCode(REGION)), Quarter.parse(QUARTER), c -> full.add(c, NEW_LINE));
        PovertyLineSimulation.Result fullResult = full.result();
        double fullSecs = secs(tf);
        long[] read = {0};
        long tr = System.nanoTime();
        store.forEachStoredCase(Optional.of(new RegionCode(REGION)), Quarter.parse(QUARTER), c -> read[0]++);
        double parseSecs = secs(tr);

        // reading the compact rows alone (the same pass, nothing decided): what the use case adds to the read
        long[] rows = {0};
        long tc = System.nanoTime();
        store.forEachStoredBasis(Optional.of(new RegionCode(REGION)), Quarter.parse(QUARTER), b -> rows[0]++);
        double compactReadSecs = secs(tc);

        double sim = median(simulationSecs);
        double sql = median(baselineSecs);
        var total = result.total();
        System.out.printf("%n== re-assessment of %,d stored families after a poverty-line change ==%n", total.families());
        System.out.printf("V24 back-fill of the compact basis (once, at migration):  %6.1f s (then vacuum %.1f s)%n",
                backFillSecs, vacuumSecs);
        System.out.printf("what-if use case (compact basis, D-95), median of %d:      %6.2f s  (%,.0f families/s)  %s%n",
                ROUNDS, sim, total.families() / sim, Arrays.toString(round(simulationSecs)));
        System.out.printf("  of which reading the %,d compact rows, measured alone after it:  %6.2f s%n", rows[0],
                compactReadSecs);
        System.out.printf("baseline: one batched SQL (income criterion only), median: %6.2f s  %s%n", sql,
                Arrays.toString(round(baselineSecs)));
        System.out.printf("use case / SQL baseline: %.1f x  (goal <= 5 x -> %s)%n", sim / sql,
                sim <= 5 * sql ? "met" : "NOT met");
        System.out.printf("former path, full replay of the JSON snapshots (read + parse + decide), once: %6.1f s (%.1f x)%n",
                fullSecs, fullSecs / sql);
        System.out.printf("  of which reading + parsing the %,d snapshots, measured alone after it: %6.1f s%n",
                read[0], parseSecs);
        System.out.printf("eligible after: %,d (SQL baseline %s, cost %s); become ineligible %,d; monthly cost %s -> %s (delta %s)%n",
                total.stayEligible() + total.becomeEligible(), baseline[0], baseline[1], total.becomeIneligible(),
                total.monthlyCostBefore(), total.monthlyCostAfter(), total.monthlyCostDelta());
        if (total.families() != families) {
            throw new AssertionError("re-assessed " + total.families() + " of " + families);
        }
        if (total.stayEligible() + total.becomeEligible() != baseline[0].longValueExact()
                || total.monthlyCostAfter().value().compareTo(baseline[1]) != 0) {
            throw new AssertionError("the use case and the SQL baseline differ");
        }
        var f = fullResult.total();
        if (f.families() != total.families() || f.stayEligible() != total.stayEligible()
                || f.becomeEligible() != total.becomeEligible() || f.becomeIneligible() != total.becomeIneligible()
                || f.stayIneligible() != total.stayIneligible() || !f.monthlyCostBefore().equals(total.monthlyCostBefore())
                || !f.monthlyCostAfter().equals(total.monthlyCostAfter())) {
            throw new AssertionError("the compact basis and the full replay differ");
        }
        System.out.println("same counts and costs from the compact basis as from the full replay: yes");
    }

    PovertyLineSimulation.Result simulate() {
        return simulations.simulate(new SimulatePovertyLineChangeUseCase.Command(Optional.of(new RegionCode(REGION)),
                BigDecimal.valueOf(40), Quarter.parse(QUARTER), Caller.system("benchmark"))).orElseThrow();
    }

    /** One batched SQL over the same rows (income criterion and amount only, new PL = 40 % of SM): eligible, cost. */
    BigDecimal[] baseline() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select count(*) filter (where per_capita_income < %3$s),
                            coalesce(sum((%3$s - per_capita_income) * jsonb_array_length(inputs -> 'members'))
                                     filter (where per_capita_income < %3$s), 0)
                     from decision where region_code = '%1$s' and quarter >= '%2$s' and revoked_at is null"""
                     .formatted(REGION, QUARTER, NEW_LINE))) {
            rs.next();
            return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)};
        }
    }

    /** V24 run again over the seeded rows, which lack the compact columns (it is idempotent). */
    void backFill() throws Exception {
        String sql;
        try (var in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("db/migration/V24__decision_reassessment_basis.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
    }

    /** N applications with decisions stored the way the service stores them (conditional or refused under ELIG-03). */
    void seed(int n) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("""
                    insert into application (id, family_id, region_code, quarter, channel, submitted_by, received_at,
                                             status, members, living_conditions)
                    select md5('bench-' || i)::uuid, 'F-bench-' || i, '%1$s', '%2$s', 'OPERATOR', 'benchmark',
                           timestamptz '2024-04-10 10:00+05', 'DECIDED', '[]'::jsonb,
                           '{"ownsHousing":false,"subsidiaryFarm":false,"ownsCar":false,"livingAreaSquareMetres":0}'::jsonb
                    from generate_series(1, %3$d) i""".formatted(REGION, QUARTER, n));
            st.execute("""
                    insert into decision (id, application_id, family_id, region_code, quarter, kind, refusal_rule_id,
                                          refusal_reason, per_capita_income, poverty_line, monthly_amount, period_from,
                                          period_to, shares, explanation, inputs, commission_confirmed, parameters,
                                          decided_by, decided_at)
                    select md5('decision-' || i)::uuid, md5('bench-' || i)::uuid, 'F-bench-' || i, '%1$s', '%2$s',
                           case when w / 2.0 < 30384.90 then 'CONDITIONAL' else 'REFUSED' end,
                           case when w / 2.0 < 30384.90 then null else 'ELIG-03' end,
                           case when w / 2.0 < 30384.90 then null else 'income-above-poverty-line' end,
                           round(w / 2.0, 2), 30384.90,
                           case when w / 2.0 < 30384.90 then (30384.90 - round(w / 2.0, 2)) * 2 end,
                           case when w / 2.0 < 30384.90 then '2024-04' end,
                           case when w / 2.0 < 30384.90 then '2024-09' end,
                           '[]'::jsonb, '[]'::jsonb,
                           jsonb_build_object('quarter', '%2$s', 'applicationDate', '2024-04-10', 'decisionDate', '2024-04-20',
                             'members', jsonb_build_array(
                               jsonb_build_object('iin', '900101400003', 'birthDate', '1990-01-01', 'relation', 'APPLICANT',
                                 'residency', 'CITIZEN', 'disability', 'NONE', 'longIllness', false, 'fullTimeStudent', false,
                                 'careDuties', '[]'::jsonb, 'employment', 'EMPLOYED', 'incomes', jsonb_build_array(
                                   jsonb_build_object('month', '2024-01', 'kind', 'WAGES', 'amount', w),
                                   jsonb_build_object('month', '2024-02', 'kind', 'WAGES', 'amount', w),
                                   jsonb_build_object('month', '2024-03', 'kind', 'WAGES', 'amount', w))),
                               jsonb_build_object('iin', '200505500000', 'birthDate', '2020-05-05', 'relation', 'CHILD',
                                 'residency', 'CITIZEN', 'disability', 'NONE', 'longIllness', false, 'fullTimeStudent', false,
                                 'careDuties', '[]'::jsonb, 'employment', 'NOT_WORKING', 'incomes', '[]'::jsonb))),
                           true,
                           '{"povertyLine":30384.90,"retirementAgeMen":63,"retirementAgeWomen":61,"contractTermMonths":6,"versions":[]}'::jsonb,
                           'benchmark', timestamptz '2024-04-20 10:00+05'
                    from (select i, (i::bigint * 7919) %% 80000 as w from generate_series(1, %3$d) i) g""".formatted(REGION, QUARTER, n));
        }
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
