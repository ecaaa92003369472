package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.application.port.in.StartPaymentRunUseCase;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.AssignmentKind;
import kz.gov.tsa.payment.domain.LineKind;
import kz.gov.tsa.payment.domain.PaymentLine;
import kz.gov.tsa.payment.domain.PaymentMode;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static kz.gov.tsa.payment.domain.Families.key;
import static kz.gov.tsa.payment.domain.Families.member;

/**
 * Families decided and paid through the real use cases over {@link InMemoryPorts}, for the register, reconciliation
 * and re-issue tests: each family has a parent's share of 20 000.00 and a child's of 10 000.00 a month, January to
 * March 2026.
 */
final class RegisterFixture {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-25T04:00:00Z"), ZoneId.of("Asia/Almaty"));
    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final YearMonth JANUARY = YearMonth.parse("2026-01");
    static final YearMonth FEBRUARY = YearMonth.parse("2026-02");
    static final YearMonth MARCH = YearMonth.parse("2026-03");

    static final Caller OPERATOR = Caller.fromToken("operator1", Set.of("operator"), null);
    static final Caller ADMIN = Caller.fromToken("admin1", Set.of("admin"), null);
    static final Caller AUDITOR = Caller.fromToken("auditor1", Set.of("auditor"), null);
    static final Caller ALMATY_OPERATOR = Caller.fromToken("operator-almaty", Set.of("operator"), ALMATY);
    static final Caller ALMATY_AKIMAT = Caller.fromToken("akimat1", Set.of("akimat"), ALMATY);
    static final Caller AKIMAT_WITHOUT_REGION = Caller.fromToken("akimat0", Set.of("akimat"), null);

    final InMemoryPorts ports = new InMemoryPorts();

    static String family(int i) {
        return "F-" + String.format("%032x", i);
    }

    static String parent(int i) {
        return key("p" + i);
    }

    static String child(int i) {
        return key("c" + i);
    }

    /** Family {@code i} of {@code region} decided (PAY-01 schedule January–March). */
    RegisterFixture decided(int i, String region) {
        Assignment a = Assignment.decided(UUID.randomUUID(), UUID.randomUUID(), family(i), region,
                AssignmentKind.UNCONDITIONAL, PaymentMode.MONTHLY, JANUARY, MARCH, Tenge.of("30000.00"),
                List.of(member("p" + i, "20000.00", true), member("c" + i, "10000.00", false)));
        new RecordAssignmentFactService(ports).record(new RecordAssignmentFactUseCase.Decided(a), "event:test")
                .orElseThrow();
        return this;
    }

    /** The national run of {@code month}, to its end. */
    PaymentRun paid(YearMonth month) {
        PaymentRun run = new StartPaymentRunService(ports, CLOCK)
                .start(new StartPaymentRunUseCase.Command(OPERATOR, month)).orElseThrow();
        var process = new ProcessPaymentRunService(ports, ports, CLOCK);
        Optional<PaymentRun> step;
        do {
            step = process.processNextChunk(run.id(), 10);
        } while (step.isPresent() && step.get().status() == PaymentRun.Status.RUNNING);
        return ports.runs.get(run.id());
    }

    /** The end-to-end id of a member share's transfer of {@code month}. */
    static String transfer(YearMonth month, int family, String personKey) {
        return Instruction.endToEndId(month, family(family), personKey);
    }

    static Confirmation paid(String endToEndId, String amount) {
        return new Confirmation(endToEndId, Confirmation.Status.PAID, Tenge.of(amount), "B-" + endToEndId.hashCode());
    }

    static Confirmation returned(String endToEndId, String amount) {
        return new Confirmation(endToEndId, Confirmation.Status.RETURNED, Tenge.of(amount), "R-" + endToEndId.hashCode());
    }

    /** A confirmation file of {@code month} as the import stores it. */
    void bankConfirms(YearMonth month, Confirmation... confirmations) {
        ports.saveConfirmations(UUID.randomUUID(), month, List.of(confirmations), "bank-import-test");
    }

    /** A line put straight into the store, as a run of {@code runMonth} would have issued it. */
    void line(YearMonth runMonth, int family, String region, String personKey, YearMonth month, LineKind kind,
              String amount) {
        String k = kind == LineKind.ADJUSTMENT ? PaymentLine.adjustmentKey(family(family), personKey, month, runMonth)
                : PaymentLine.regularKey(family(family), personKey, month, kind);
        ports.lines.put(k, new PaymentLine(k, UUID.randomUUID(), runMonth, family(family), region, personKey,
                "9001******10", month, kind, Tenge.of(amount), UUID.randomUUID(), null, null, List.of("PAY-01")));
    }
}
