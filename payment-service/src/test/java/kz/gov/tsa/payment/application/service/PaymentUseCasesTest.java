package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.GetPaymentRunQuery;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.payment.application.port.in.StartPaymentRunUseCase;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.AssignmentKind;
import kz.gov.tsa.payment.domain.ContractTerm;
import kz.gov.tsa.payment.domain.Families;
import kz.gov.tsa.payment.domain.LineKind;
import kz.gov.tsa.payment.domain.PaymentLine;
import kz.gov.tsa.payment.domain.PaymentMode;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RegionTotal;
import kz.gov.tsa.payment.domain.Revocation;
import kz.gov.tsa.payment.domain.Sanction;
import kz.gov.tsa.payment.domain.Termination;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static kz.gov.tsa.payment.domain.Families.key;
import static kz.gov.tsa.payment.domain.Families.member;
import static org.assertj.core.api.Assertions.assertThat;

/** The use cases over in-memory fakes of their ports: facts in → schedule → chunked run → lines, queries. */
class PaymentUseCasesTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-25T04:00:00Z"), ZoneId.of("Asia/Almaty"));
    static final Caller OPERATOR = Caller.fromToken("operator1", Set.of("operator"), null);
    static final Caller AUDITOR = Caller.fromToken("auditor1", Set.of("auditor"), null);
    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";

    InMemoryPorts ports;
    RecordAssignmentFactService facts;
    RevokeAssignmentService revoke;
    StartPaymentRunService start;
    ProcessPaymentRunService process;

    @BeforeEach
    void setUp() {
        ports = new InMemoryPorts();
        facts = new RecordAssignmentFactService(ports);
        revoke = new RevokeAssignmentService(ports, ports, ports, CLOCK);
        start = new StartPaymentRunService(ports, CLOCK);
        process = new ProcessPaymentRunService(ports, ports, CLOCK);
    }

    static String family(int i) {
        return "F-" + String.format("%032x", i);
    }

    static Assignment unconditional(int i, String region) {
        return Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), family(i), region,
                AssignmentKind.UNCONDITIONAL, PaymentMode.MONTHLY, YearMonth.parse("2026-01"),
                YearMonth.parse("2026-03"), Tenge.of("30000.00"), List.of(member("p" + i, "20000.00", true),
                        member("c" + i, "10000.00", false)));
    }

    static Assignment conditional(int i) {
        return Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), family(i), ALMATY, AssignmentKind.CONDITIONAL,
                PaymentMode.MONTHLY, YearMonth.parse("2026-03"), YearMonth.parse("2026-08"),
                Families.total(Families.fiveMembers()), Families.fiveMembers());
    }

    PaymentRun runToEnd(YearMonth month, int chunk) {
        PaymentRun run = start.start(new StartPaymentRunUseCase.Command(OPERATOR, month)).orElseThrow();
        Optional<PaymentRun> step;
        do {
            step = process.processNextChunk(run.id(), chunk);
        } while (step.isPresent() && step.get().status() == PaymentRun.Status.RUNNING);
        return ports.runs.get(run.id());
    }

    @Test
    void PAY01_aDecisionDeliveredTwiceIsOneAssignmentWithOneScheduleAndOneAuditRecord() {
        Assignment a = unconditional(1, ALMATY);
        facts.record(new RecordAssignmentFactUseCase.Decided(a), "event:EligibilityDecided/1").orElseThrow();
        facts.record(new RecordAssignmentFactUseCase.Decided(a), "event:EligibilityDecided/2").orElseThrow();
        assertThat(ports.assignments).hasSize(1);
        assertThat(ports.schedules.get(a.decisionId())).hasSize(6);
        assertThat(ports.audit).extracting(c -> c.action()).containsExactly("ASSIGNMENT_RECORDED");
    }

    @Test
    void ELIG09_aContractEventForAnUnknownDecisionIsRefusedAndChangesNothing() {
        var refused = facts.record(new RecordAssignmentFactUseCase.ContractSigned(UUID.randomUUID(),
                new ContractTerm(UUID.randomUUID(), YearMonth.parse("2026-03"), YearMonth.parse("2026-08"), false)), "x");
        assertThat(refused.refusalIfAny()).map(Refusal::kind).contains(Refusal.Kind.NOT_FOUND);
        assertThat(ports.audit).isEmpty();
    }

    @Test
    void PAY04_aRunInChunksKilledAndResumedIssuesExactlyTheLinesOfAnUninterruptedRun() {
        for (int i = 1; i <= 7; i++) {
            facts.record(new RecordAssignmentFactUseCase.Decided(unconditional(i, i % 2 == 0 ? ASTANA : ALMATY)), "t");
        }
        InMemoryPorts copy = new InMemoryPorts();
        copy.assignments.putAll(ports.assignments);
        copy.schedules.putAll(ports.schedules);

        // uninterrupted, one chunk of everything
        PaymentRun whole = runToEnd(YearMonth.parse("2026-03"), 1000);
        assertThat(whole.linesDone()).isEqualTo(7 * 2 * 3); // March pays January and February up too

        // interrupted after two chunks of two families; a new service instance (a restarted JVM) resumes
        var start2 = new StartPaymentRunService(copy, CLOCK);
        PaymentRun run = start2.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-03"))).orElseThrow();
        assertThat(run.linesTotal()).isEqualTo(42);
        new ProcessPaymentRunService(copy, copy, CLOCK).processNextChunk(run.id(), 2);
        new ProcessPaymentRunService(copy, copy, CLOCK).processNextChunk(run.id(), 2);
        assertThat(copy.runs.get(run.id()).cursor()).isEqualTo(family(4));
        var restarted = new ProcessPaymentRunService(copy, copy, CLOCK);
        assertThat(restarted.runningRuns()).containsExactly(run.id());
        while (restarted.processNextChunk(run.id(), 2).filter(r -> r.status() == PaymentRun.Status.RUNNING).isPresent()) {
            // next chunk
        }
        assertThat(copy.lines.keySet()).isEqualTo(ports.lines.keySet());
        assertThat(copy.completedTotals.getFirst()).isEqualTo(ports.completedTotals.getFirst());
        assertThat(ports.completedTotals.getFirst()).containsExactly(
                new RegionTotal(ASTANA, 18, 3, Tenge.of("270000.00"), Tenge.ZERO),
                new RegionTotal(ALMATY, 24, 4, Tenge.of("360000.00"), Tenge.ZERO));
        assertThat(copy.runs.get(run.id()).status()).isEqualTo(PaymentRun.Status.COMPLETED);
    }

    @Test
    void PAY04_twoRunsOfOneMonthAtOnceAreRefusedAndARunStartedAgainIssuesNoDuplicate() {
        facts.record(new RecordAssignmentFactUseCase.Decided(unconditional(1, ALMATY)), "t");
        PaymentRun first = start.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-03")))
                .orElseThrow();
        var second = start.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-03")));
        assertThat(second.refusalIfAny()).map(Refusal::ruleId).contains("PAY-04");
        assertThat(second.refusalIfAny()).map(Refusal::kind).contains(Refusal.Kind.CONFLICT);
        while (process.processNextChunk(first.id(), 10).filter(r -> r.status() == PaymentRun.Status.RUNNING).isPresent()) {
            // next chunk
        }
        PaymentRun again = runToEnd(YearMonth.parse("2026-03"), 10);
        assertThat(again.linesDone()).isZero();
        assertThat(ports.lines).hasSize(6);
        assertThat(ports.completedEvents).hasSize(2);
    }

    @Test
    void aNationalRunNeedsANationwideOperatorAndAMonthNotBeyondTheNext() {
        Caller regional = Caller.fromToken("operator2", Set.of("operator"), ALMATY);
        assertThat(start.start(new StartPaymentRunUseCase.Command(regional, YearMonth.parse("2026-03"))).refusalIfAny())
                .map(Refusal::kind).contains(Refusal.Kind.FORBIDDEN);
        assertThat(start.start(new StartPaymentRunUseCase.Command(AUDITOR, YearMonth.parse("2026-03"))).refusalIfAny())
                .map(Refusal::kind).contains(Refusal.Kind.FORBIDDEN);
        assertThat(start.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-05"))).refusalIfAny())
                .map(Refusal::ruleId).contains("PAY-01");
        assertThat(start.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-04"))).isRefused())
                .isFalse();
    }

    @Test
    void PAY02_PAY03_contractFactsThroughTheUseCaseSanctionTerminateAndAdjustALatePaidMonth() {
        Assignment a = conditional(9);
        UUID contract = UUID.randomUUID();
        facts.record(new RecordAssignmentFactUseCase.Decided(a), "t");
        facts.record(new RecordAssignmentFactUseCase.ContractSigned(a.decisionId(), new ContractTerm(contract,
                YearMonth.parse("2026-03"), YearMonth.parse("2026-08"), false)), "t").orElseThrow();
        runToEnd(YearMonth.parse("2026-03"), 10);
        assertThat(ports.lines).hasSize(5);

        // the sanction for March arrives after March was paid
        facts.record(new RecordAssignmentFactUseCase.SanctionApplied(a.decisionId(), contract,
                new Sanction(UUID.randomUUID(), YearMonth.parse("2026-03"), 50,
                        Set.of(key("aged19"), key("student24"), key("aged40")))), "t").orElseThrow();
        facts.record(new RecordAssignmentFactUseCase.ContractTerminated(a.decisionId(), contract,
                new Termination("REPEAT_BREACH", "CON-08", YearMonth.parse("2026-04"),
                        Set.of(key("aged17"), key("student22")))), "t").orElseThrow();
        PaymentRun april = start.start(new StartPaymentRunUseCase.Command(OPERATOR, YearMonth.parse("2026-04")))
                .orElseThrow();
        while (process.processNextChunk(april.id(), 10).filter(r -> r.status() == PaymentRun.Status.RUNNING).isPresent()) {
            // next chunk
        }
        List<PaymentLine> aprilLines = ports.lines.values().stream().filter(l -> l.runId().equals(april.id())).toList();
        assertThat(aprilLines.stream().filter(l -> l.kind() == LineKind.ADJUSTMENT)).hasSize(3)
                .allSatisfy(l -> assertThat(l.amount()).isEqualTo(Tenge.of("-5000.27")));
        assertThat(aprilLines.stream().filter(l -> l.kind() == LineKind.MONTHLY)).extracting(PaymentLine::personKey)
                .containsExactlyInAnyOrder(key("aged17"), key("student22"));
        assertThat(ports.audit).extracting(c -> c.action()).containsExactly("ASSIGNMENT_RECORDED", "CONTRACT_SIGNED",
                "SANCTION_APPLIED", "CONTRACT_TERMINATED");
    }

    @Test
    void CON06_aRevocationAfterPaymentIsARecoveryRecordForOperatorsAndAuditorsOfItsRegion() {
        Assignment a = unconditional(3, ALMATY);
        facts.record(new RecordAssignmentFactUseCase.Decided(a), "t");
        runToEnd(YearMonth.parse("2026-02"), 10);
        var revoked = revoke.revoke(new RevokeAssignmentUseCase.Command(a.decisionId(),
                new Revocation("undeclared wages", "operator1", CLOCK.instant()), "event:AssignmentRevoked/1"));
        assertThat(revoked.orElseThrow().status().name()).isEqualTo("REVOKED");
        // twice changes nothing
        revoke.revoke(new RevokeAssignmentUseCase.Command(a.decisionId(),
                new Revocation("undeclared wages", "operator1", CLOCK.instant()), "event:AssignmentRevoked/2"));
        var found = new FindRecoveriesService(ports).find(AUDITOR, Optional.empty()).orElseThrow();
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.amount()).isEqualTo(Tenge.of("60000.00"));
            assertThat(r.months()).extracting(YearMonth::toString).containsExactly("2026-01", "2026-02");
            assertThat(r.ruleId()).isEqualTo("CON-06");
        });
        Caller astanaOperator = Caller.fromToken("op", Set.of("operator"), ASTANA);
        assertThat(new FindRecoveriesService(ports).find(astanaOperator, Optional.empty()).orElseThrow()).isEmpty();
        // March is cancelled: the next run issues nothing for this family and nets nothing
        assertThat(runToEnd(YearMonth.parse("2026-03"), 10).linesDone()).isZero();
    }

    @Test
    void queriesFollowTheCallersReach() {
        IntStream.rangeClosed(1, 2).forEach(i -> facts.record(new RecordAssignmentFactUseCase.Decided(
                unconditional(i, i == 1 ? ALMATY : ASTANA)), "t"));
        PaymentRun run = runToEnd(YearMonth.parse("2026-01"), 10);
        Caller almatyAkimat = Caller.fromToken("akimat1", Set.of("akimat"), ALMATY);
        var totals = new MonthlyTotalsService(ports);
        assertThat(totals.totals(almatyAkimat, YearMonth.parse("2026-01"), Optional.empty()).orElseThrow())
                .extracting(RegionTotal::regionCode).containsExactly(ALMATY);
        assertThat(totals.totals(almatyAkimat, YearMonth.parse("2026-01"), Optional.of(new RegionCode(ASTANA)))
                .refusalIfAny()).map(Refusal::kind).contains(Refusal.Kind.FORBIDDEN);
        assertThat(totals.totals(AUDITOR, YearMonth.parse("2026-01"), Optional.empty()).orElseThrow()).hasSize(2);

        GetPaymentRunQuery.RunSummary summary = new GetPaymentRunService(ports).get(almatyAkimat, run.id()).orElseThrow();
        assertThat(summary.regions()).extracting(RegionTotal::regionCode).containsExactly(ALMATY);
        assertThat(new GetPaymentRunService(ports).get(AUDITOR, UUID.randomUUID()).refusalIfAny())
                .map(Refusal::kind).contains(Refusal.Kind.NOT_FOUND);

        var history = new FamilyPaymentHistoryService(ports);
        assertThat(history.history(AUDITOR, family(1)).orElseThrow()).hasSize(2)
                .allSatisfy(l -> assertThat(l.ruleIds()).contains("PAY-01", "ELIG-12"));
        assertThat(history.history(Caller.fromToken("op", Set.of("operator"), ASTANA), family(1)).refusalIfAny())
                .map(Refusal::kind).contains(Refusal.Kind.NOT_FOUND);
    }
}
