package kz.gov.tsa.suite;

import kz.gov.tsa.testing.keycloak.Tokens;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite's part of the benchmark table (issue "System tests" §4) — a benchmark, not a test: it starts its own
 * suite (PostgreSQL, Kafka, Keycloak, the four service JVMs as {@link ServiceProcess} starts them) and prints, each
 * beside its baseline measured in the same run:
 * <ul>
 *   <li>the whole suite's up time, and per service the Quarkus start-up time and the JVM's resident set size;</li>
 *   <li>{@code POST /api/v1/applications} under load (real tokens, a new family each) beside a bare Quarkus endpoint
 *       ({@code GET /q/health/live}) of the same JVM under the same load;</li>
 *   <li>decision → payment-service has the assignment and its schedule: the time from the operator's
 *       {@code POST …/decision} answer (the event is in the outbox, committed) until payment-service has consumed
 *       {@code EligibilityDecided} (its pipeline entry for the application is gone: written in the same inbox
 *       transaction as the schedule), p50/p99 at a paced rate, beside the same poll's round trip;</li>
 *   <li>the same at 100 events/s: {@code EligibilityDecided} events put on {@code tsa.eligibility.v1} at that rate
 *       (after their {@code ApplicationReceived}, for a quarter of their own), each event's latency taken as the
 *       time until payment-service's pipeline count for that quarter shows it consumed (the i-th consumption beside
 *       the i-th send), beside the count poll's own round trip.</li>
 * </ul>
 * The payment run and the what-if re-assessment have their own benchmarks in their services (docs/performance.md).
 * Run on purpose:
 * <pre>
 * ./tsa mvn -B -ntp -o verify -pl system-tests -Dit.test=SuiteBenchmark -Dtsa.benchmark=true \
 *     -Dfailsafe.failIfNoSpecifiedTests=false [-Dtsa.benchmark.seconds=20] [-Dtsa.benchmark.clients=8] \
 *     [-Dtsa.benchmark.decisions=200] [-Dtsa.benchmark.rate=10] [-Dtsa.benchmark.event-rate=100]
 *     [-Dtsa.benchmark.event-seconds=20]
 * </pre>
 * Not picked by default (the name does not end in IT, and it is disabled without {@code -Dtsa.benchmark=true}).
 */
@EnabledIfSystemProperty(named = "tsa.benchmark", matches = "true")
class SuiteBenchmark {

    static final String ASTANA = "710000000";
    static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    Suite suite;

    @Test
    void table() throws Exception {
        int seconds = Integer.getInteger("tsa.benchmark.seconds", 20);
        int clients = Integer.getInteger("tsa.benchmark.clients", 8);
        int decisions = Integer.getInteger("tsa.benchmark.decisions", 200);
        int rate = Integer.getInteger("tsa.benchmark.rate", 10);
        int eventRate = Integer.getInteger("tsa.benchmark.event-rate", 100);
        int eventSeconds = Integer.getInteger("tsa.benchmark.event-seconds", 20);
        Path root = Path.of(System.getProperty("tsa.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "suite-benchmark-" + ProcessHandle.current().pid());

        long t0 = System.nanoTime();
        suite = Suite.start(new Suite.Options(root, work, false, true, false, false));
        try {
            double upSecs = (System.nanoTime() - t0) / 1e9;
            List<String> rows = new ArrayList<>();
            rows.add(String.format(Locale.ROOT, "| whole suite up (PostgreSQL, Kafka, Keycloak, 4 JVMs ready) | %.1f s | — |", upSecs));
            for (Suite.Service s : Suite.Service.values()) {
                ServiceProcess p = suite.service(s);
                rows.add(String.format(Locale.ROOT, "| %s start-up (Quarkus) / RSS after start | %s s / %d MB | — |",
                        s.module, quarkusStartUp(p.log()), rssMb(p.pid())));
            }

            String operator = bearer("operator1");
            String eligibility = suite.service(Suite.Service.ELIGIBILITY).baseUrl();
            publishPovertyLine(eligibility);

            // baseline first: the bare endpoint of the same JVM, the same clients, the same duration
            Load bare = load(clients, seconds, () -> send(HttpRequest.newBuilder(URI.create(eligibility + "/q/health/live"))
                    .GET().build(), 200));
            ConcurrentLinkedQueue<String> submitted = new ConcurrentLinkedQueue<>();
            Load post = load(clients, seconds, () -> {
                HttpResponse<String> r = sendFor(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/applications"))
                        .header("Authorization", operator).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(family())).build());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("POST application answered " + r.statusCode() + ": " + r.body());
                }
                submitted.add(idOf(r.body()));
            });
            rows.add(bare.row("GET /q/health/live (bare Quarkus endpoint, baseline)", clients));
            rows.add(post.row("POST /api/v1/applications (new family, operator token)", clients) + "");

            Latency latency = decisionToPayment(new ArrayList<>(submitted).subList(0, Math.min(decisions, submitted.size())),
                    rate, bearer("operator1"));
            rows.add(latency.row(rate));
            rows.add(eventsAtRate(eventRate, eventSeconds, bearer("operator1")));

            System.out.printf(Locale.ROOT, "%nSUITE BENCHMARK (%s, %d cores; services -Xmx384m, SerialGC, C1 only as "
                            + "ServiceProcess starts them; %d clients, %d s per load phase)%n%n",
                    System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(), clients, seconds);
            System.out.println("| figure | value | baseline in the same run |");
            System.out.println("|---|---|---|");
            rows.forEach(System.out::println);
            System.out.println();
            assertThat(post.ok.get()).isPositive();
            assertThat(latency.samples).isNotEmpty();
        } finally {
            suite.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ start-up

    static String quarkusStartUp(Path log) throws IOException {
        Matcher m = STARTED.matcher(Files.readString(log));
        String last = "?";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------ load

    interface Call {
        void run() throws Exception;
    }

    /** Requests done, failed and their latencies over one load phase. */
    static final class Load {
        final AtomicInteger ok = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        volatile String error;
        double seconds;

        String row(String what, int clients) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "| %s, %d clients | %,.0f req/s; p50 %.1f ms, p99 %.1f ms%s | |", what,
                    clients, ok.get() / seconds, pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6,
                    failed.get() == 0 ? "" : "; " + failed.get() + " failed (" + error + ")");
        }
    }

    static Load load(int clients, int seconds, Call call) throws InterruptedException {
        Load load = new Load();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        try {
                            call.run();
                            load.nanos.add(System.nanoTime() - t);
                            load.ok.incrementAndGet();
                        } catch (Exception e) {
                            load.failed.incrementAndGet();
                            load.error = e.getMessage();
                        }
                    }
                });
            }
        }
        load.seconds = (System.nanoTime() - start) / 1e9;
        return load;
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    // ------------------------------------------------------------------------------------------------ decisions

    record Latency(List<Long> samples, List<Long> roundTrips) {
        String row(int rate) {
            List<Long> s = new ArrayList<>(samples);
            List<Long> r = new ArrayList<>(roundTrips);
            Collections.sort(s);
            Collections.sort(r);
            return String.format(Locale.ROOT, "| decision committed → consumed by payment-service (schedule written), "
                            + "%d decisions at %d/s | p50 %.0f ms, p99 %.0f ms | the poll's own round trip p50 %.1f ms, p99 %.1f ms |",
                    s.size(), rate, pct(s, 50) / 1e6, pct(s, 99) / 1e6, pct(r, 50) / 1e6, pct(r, 99) / 1e6);
        }
    }

    Latency decisionToPayment(List<String> applications, int rate, String operator) throws Exception {
        String eligibility = suite.service(Suite.Service.ELIGIBILITY).baseUrl();
        String payment = suite.service(Suite.Service.PAYMENT).baseUrl();
        String commission = bearer("commission1");
        // every application concluded, and known to payment-service's pipeline, before the clock starts
        for (String id : applications) {
            send(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/applications/" + id + "/commission-conclusion"))
                    .header("Authorization", commission).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"factsConfirmed\": true, \"notes\": \"benchmark\"}")).build(), 200);
        }
        for (String id : applications) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (sendFor(pipeline(payment, id, operator)).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("application " + id + " never reached payment-service's pipeline");
                }
                Thread.sleep(50);
            }
        }
        ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        try (var pollers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : applications) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += interval;
                send(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/applications/" + id + "/decision"))
                        .header("Authorization", operator).POST(HttpRequest.BodyPublishers.noBody()).build(), 201);
                long decided = System.nanoTime();
                pollers.submit(() -> {
                    long deadline = decided + Duration.ofSeconds(60).toNanos();
                    while (System.nanoTime() < deadline) {
                        long t = System.nanoTime();
                        int status = sendFor(pipeline(payment, id, operator)).statusCode();
                        roundTrips.add(System.nanoTime() - t);
                        if (status == 404) {
                            samples.add(System.nanoTime() - decided);
                            return null;
                        }
                        Thread.sleep(10);
                    }
                    return null;
                });
            }
        }
        return new Latency(List.copyOf(samples), List.copyOf(roundTrips));
    }

    /** EligibilityDecided at {@code rate}/s through Kafka → consumed by payment-service (pipeline count), p50/p99. */
    String eventsAtRate(int rate, int seconds, String operator) throws Exception {
        String payment = suite.service(Suite.Service.PAYMENT).baseUrl();
        String quarter = "2026-Q1"; // a quarter of its own: the count below is this phase's alone
        int n = rate * seconds;
        List<String[]> families = new ArrayList<>(); // applicationId, familyId, iin, personKey
        for (int i = 0; i < n; i++) {
            String iin = TestIins.man("1979-%02d-%02d".formatted(1 + i % 12, 1 + (i / 12) % 28));
            families.add(new String[] {java.util.UUID.randomUUID().toString(),
                    "F-" + java.util.HexFormat.of().formatHex(sha256("family" + iin)).substring(0, 32), iin,
                    java.util.HexFormat.of().formatHex(sha256("person" + iin))});
        }
        HttpRequest count = HttpRequest.newBuilder(URI.create(payment + "/api/v1/pipeline?regionCode=" + ASTANA
                + "&quarter=" + quarter)).header("Authorization", operator).GET().build();
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(
                java.util.Map.<String, Object>of("bootstrap.servers", suite.kafka().bootstrapServers(), "acks", "all",
                        "linger.ms", 0),
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.StringSerializer())) {
            for (String[] f : families) {
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("tsa.eligibility.v1", f[1],
                        received(f, quarter)));
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (pending(count) < n) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("payment-service never recorded the " + n + " applications");
                }
                Thread.sleep(200);
            }
            // the count poller: (time, consumed) every 20 ms, and its own round trips
            List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread poller = Thread.ofPlatform().daemon().start(() -> {
                while (!done.get()) {
                    try {
                        long t = System.nanoTime();
                        long consumed = n - pending(count);
                        long after = System.nanoTime();
                        roundTrips.add(after - t);
                        seen.add(new long[] {after, consumed});
                        Thread.sleep(20);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            long[] sent = new long[n];
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += interval;
                sent[i] = System.nanoTime();
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("tsa.eligibility.v1",
                        families.get(i)[1], decided(families.get(i), quarter)));
            }
            producer.flush();
            double sendSecs = (System.nanoTime() - sent[0]) / 1e9;
            long deadline2 = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (pending(count) > 0 && System.nanoTime() < deadline2) {
                Thread.sleep(100);
            }
            done.set(true);
            poller.join();
            List<Long> latencies = new ArrayList<>();
            List<long[]> polls = new ArrayList<>(seen);
            int p = 0;
            for (int i = 0; i < n; i++) {
                while (p < polls.size() && polls.get(p)[1] < i + 1) {
                    p++;
                }
                if (p == polls.size()) {
                    break; // not consumed while measured
                }
                latencies.add(Math.max(0, polls.get(p)[0] - sent[i]));
            }
            Collections.sort(latencies);
            List<Long> rt = new ArrayList<>(roundTrips);
            Collections.sort(rt);
            return String.format(Locale.ROOT, "| EligibilityDecided on Kafka → consumed by payment-service (schedule "
                            + "written), %,d events at %d/s (sent in %.1f s; %,d consumed while measured) | p50 %.0f ms, "
                            + "p99 %.0f ms | the count poll's own round trip p50 %.1f ms, p99 %.1f ms (every 20 ms) |",
                    n, rate, sendSecs, latencies.size(), pct(latencies, 50) / 1e6, pct(latencies, 99) / 1e6,
                    pct(rt, 50) / 1e6, pct(rt, 99) / 1e6);
        }
    }

    long pending(HttpRequest count) throws IOException, InterruptedException {
        HttpResponse<String> r = sendFor(count);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pipeline answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = Pattern.compile("\"families\"\\s*:\\s*(\\d+)").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no families count in " + r.body());
        }
        return Long.parseLong(m.group(1));
    }

    static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String envelope(String type, String familyId, String payload) {
        return """
                {"eventId": "%s", "type": "%s", "version": 1, "occurredAt": "%s", "familyId": "%s",
                 "correlationId": "%s", "causationId": null, "ruleIds": ["ELIG-12"], "payload": %s}"""
                .formatted(java.util.UUID.randomUUID(), type, java.time.Instant.now(), familyId,
                        java.util.UUID.randomUUID(), payload);
    }

    static String received(String[] f, String quarter) {
        return envelope("ApplicationReceived", f[1], """
                {"applicationId": "%s", "familyId": "%s", "regionCode": "%s", "quarter": "%s", "memberCount": 1,
                 "channel": "OPERATOR", "receivedAt": "2026-01-15T05:00:00Z"}""".formatted(f[0], f[1], ASTANA, quarter));
    }

    static String decided(String[] f, String quarter) {
        return envelope("EligibilityDecided", f[1], """
                {"decisionId": "%s", "applicationId": "%s", "familyId": "%s", "regionCode": "%s", "quarter": "%s",
                 "kind": "UNCONDITIONAL", "refusalRuleId": null, "perCapitaIncome": "0.00", "povertyLine": "35595.70",
                 "monthlyAmount": "35595.70", "periodFrom": "2026-01", "periodTo": "2026-03",
                 "commissionConcludedAt": "2026-01-16T05:00:00Z", "decidedAt": "2026-01-17T05:00:00Z",
                 "paymentMode": "MONTHLY", "members": [{"iin": "%s", "birthDate": "1979-01-01", "relation": "APPLICANT",
                 "monthlyShare": "35595.70", "ableBodied": false, "disability": "GROUP_1", "longIllness": false,
                 "fullTimeStudent": false, "careDuties": [], "employment": "UNEMPLOYED", "turns18On": "1997-01-01",
                 "turns23On": "2002-01-01", "personKey": "%s"}]}"""
                .formatted(java.util.UUID.randomUUID(), f[0], f[1], ASTANA, quarter, f[2], f[3]));
    }

    static HttpRequest pipeline(String payment, String applicationId, String operator) {
        return HttpRequest.newBuilder(URI.create(payment + "/api/v1/pipeline/applications/" + applicationId))
                .header("Authorization", operator).GET().build();
    }

    // ------------------------------------------------------------------------------------------------ requests

    void publishPovertyLine(String eligibility) throws Exception {
        String quarter = currentQuarter();
        String admin = bearer("admin1");
        String path = eligibility + "/api/v1/reference/poverty-lines/" + ASTANA + "/" + quarter;
        if (sendFor(HttpRequest.newBuilder(URI.create(path)).header("Authorization", admin).GET().build()).statusCode() != 200) {
            send(HttpRequest.newBuilder(URI.create(path)).header("Authorization", admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"amount": 35595.70, "source": "BENCHMARK figure (70 % of the 2026 national subsistence minimum); not an official publication",
                             "reason": "the suite benchmark decides applications of the current quarter"}""")).build(), 200, 201);
        }
    }

    /** A family of the current quarter with no income (eligible): a mother of working age and her child of 11. */
    static String family() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        int day = 1 + Math.floorMod(Thread.currentThread().threadId(), 28);
        return """
                {"regionCode": "%s", "quarter": "%s", "members": [
                  {"iin": "%s", "birthDate": "1988-04-%02d", "relation": "APPLICANT", "residency": "CITIZEN"},
                  {"iin": "%s", "birthDate": "2015-09-%02d", "relation": "CHILD", "residency": "CITIZEN"}]}
                """.formatted(ASTANA, currentQuarter(), TestIins.woman("1988-04-%02d".formatted(day)), day,
                TestIins.man("2015-09-%02d".formatted(day)), day);
    }

    static String currentQuarter() {
        YearMonth m = YearMonth.now(ZoneId.of("Asia/Almaty"));
        return m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1);
    }

    static String idOf(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    String bearer(String user) {
        return "Bearer " + Tokens.passwordGrant(suite.keycloak().realmUrl("tsa"), "tsa-cli", user, "demo");
    }

    void send(HttpRequest request, int... expected) throws IOException, InterruptedException {
        HttpResponse<String> r = sendFor(request);
        for (int e : expected) {
            if (r.statusCode() == e) {
                return;
            }
        }
        throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": "
                + r.body());
    }

    HttpResponse<String> sendFor(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
