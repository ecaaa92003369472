package kz.gov.tsa.payment.adapter;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.payment.adapter.in.scheduling.PaymentRunWorker;
import kz.gov.tsa.payment.application.port.in.ProcessPaymentRunUseCase;
import kz.gov.tsa.payment.application.port.in.StartPaymentRunUseCase;
import kz.gov.tsa.payment.domain.PaymentRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: N families (default 500 000) of 4 member shares seeded in PostgreSQL, one monthly run end
 * to end (the real use cases and SQL, chunk by chunk), its wall time, lines/s and peak heap printed beside the rate
 * of a plain {@code COPY} of the same number of rows into a table shaped like {@code payment_line}, measured in the
 * same run. Run it on purpose (docs/performance.md):
 * <pre>
 * ./tsa mvn -B -ntp -o verify -pl payment-service -Dtest=PaymentRunBenchmark -Dtsa.benchmark=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dtsa.benchmark.families=500000] [-Dtsa.benchmark.chunk=5000]
 * </pre>
 * Not picked by default (the name does not end in Test, and it is disabled without {@code -Dtsa.benchmark=true}).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "tsa.benchmark", matches = "true")
class PaymentRunBenchmark {

    static final YearMonth MONTH = YearMonth.parse("2026-01");

    @Inject
    DataSource dataSource;
    @Inject
    StartPaymentRunUseCase start;
    @Inject
    ProcessPaymentRunUseCase process;
    @Inject
    PaymentRunWorker worker;

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    void exec(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void monthlyRun() throws Exception {
        int families = Integer.getInteger("tsa.benchmark.families", 500_000);
        int chunk = Integer.getInteger("tsa.benchmark.chunk", 5000);
        worker.pause();
        long t0 = System.nanoTime();
        exec("""
                INSERT INTO assignment (decision_id, family_id, region_code, kind, status, document)
                SELECT md5('d' || i)::uuid, 'F-' || lpad(to_hex(i), 32, '0'),
                       (ARRAY['110000000','150000000','190000000','230000000','270000000','310000000','350000000',
                              '390000000','430000000','470000000'])[1 + i %% 10], 'UNCONDITIONAL', 'SCHEDULED', '{}'
                FROM generate_series(1, %d) i""".formatted(families));
        exec("""
                INSERT INTO entitlement (decision_id, person_key, month, family_id, region_code, masked_iin, pay_month,
                                         kind, base_amount, amount, rule_ids, contract_id, status)
                SELECT a.decision_id, md5(a.family_id || m) || md5(m || a.family_id), '2026-01', a.family_id,
                       a.region_code, '9001******26', '2026-01', 'MONTHLY', 12000.50, 12000.50, 'PAY-01,ELIG-12', NULL,
                       'SCHEDULED'
                FROM assignment a CROSS JOIN generate_series(1, 4) m WHERE a.document = '{}'::jsonb""");
        exec("ANALYZE entitlement");
        exec("ANALYZE assignment");
        long shares = count("SELECT count(*) FROM entitlement WHERE pay_month = '2026-01' AND rule_ids = 'PAY-01,ELIG-12'");
        System.out.printf("seeded %,d families, %,d member shares in %.1f s%n", families, shares, secs(t0));

        AtomicLong peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        long t1 = System.nanoTime();
        PaymentRun run = start.start(new StartPaymentRunUseCase.Command(
                Caller.fromToken("benchmark", Set.of("operator"), null), MONTH)).orElseThrow();
        Optional<PaymentRun> step;
        do {
            step = process.processNextChunk(run.id(), chunk);
        } while (step.isPresent() && step.get().status() == PaymentRun.Status.RUNNING);
        double runSecs = secs(t1);
        sampler.interrupt();
        long lines = step.orElseThrow().linesDone();
        worker.resume();

        // baseline: a plain COPY of as many rows into a table shaped like payment_line, in the same run
        exec("CREATE TABLE bench_copy (LIKE payment_line INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
        long t2 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY bench_copy (run_id, run_month, family_id, region_code, person_key, masked_iin, month, "
                    + "kind, key_month, amount, decision_id, contract_id, contract_state, rule_ids) FROM STDIN "
                    + "WITH (FORMAT csv)", rows(lines, run.id().toString()));
        }
        double copySecs = secs(t2);
        exec("DROP TABLE bench_copy");

        double rate = lines / runSecs;
        double copyRate = lines / copySecs;
        System.out.printf("%nPAYMENT RUN BENCHMARK (%s, %d cores, chunk %d families)%n", System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), chunk);
        System.out.printf("  run:  %,d lines in %.1f s = %,.0f lines/s; heap before %d MB, peak %d MB%n", lines, runSecs,
                rate, heapBefore >> 20, peak.get() >> 20);
        System.out.printf("  COPY: %,d rows in %.1f s = %,.0f rows/s; run/COPY = %.0f %%%n%n", lines, copySecs, copyRate,
                100 * rate / copyRate);
        assertThat(lines).isEqualTo(shares);
    }

    /** {@code lines} CSV rows like the run's, generated as they are read (no list in memory). */
    static Reader rows(long lines, String runId) {
        return new Reader() {
            long next = 0;
            StringReader current = new StringReader("");

            @Override
            public int read(char[] buf, int off, int len) throws java.io.IOException {
                int n = current.read(buf, off, len);
                while (n <= 0) {
                    if (next >= lines) {
                        return -1;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < 1000 && next < lines; i++, next++) {
                        String family = "C-" + String.format("%032x", next / 4);
                        String person = String.format("%064x", next);
                        sb.append(runId).append(",2026-01,").append(family).append(",750000000,").append(person)
                                .append(",9001******26,2026-01,MONTHLY,-,12000.50,").append(runId)
                                .append(",,SCHEDULED,\"PAY-01,ELIG-12\"\n");
                    }
                    current = new StringReader(sb.toString());
                    n = current.read(buf, off, len);
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}
