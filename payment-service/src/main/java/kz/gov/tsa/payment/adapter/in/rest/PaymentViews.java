package kz.gov.tsa.payment.adapter.in.rest;

import kz.gov.tsa.payment.application.port.in.GetPaymentRunQuery;
import kz.gov.tsa.payment.domain.PaymentLine;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RecoveryRecord;
import kz.gov.tsa.payment.domain.RegionTotal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the payment API (money as decimal strings with two places, REF-08). */
final class PaymentViews {

    private PaymentViews() {
    }

    @Schema(name = "PaymentRun", description = "A monthly payment run: status, progress (lines done/total, rate, ETA) and its control totals per region")
    record RunView(UUID id, String month, String status, String requestedBy, Instant startedAt, Instant completedAt,
                   long linesDone, long linesTotal, double linesPerSecond, Long etaSeconds, List<RegionView> regions) {

        static RunView of(GetPaymentRunQuery.RunSummary s, Clock clock) {
            PaymentRun r = s.run();
            Instant now = clock.instant();
            return new RunView(r.id(), r.month().toString(), r.status().name(), r.requestedBy(), r.startedAt(),
                    r.completedAt(), r.linesDone(), r.linesTotal(), Math.round(r.rate(now) * 10) / 10.0,
                    r.eta(now).map(d -> d.toSeconds()).orElse(null),
                    s.regions().stream().map(RegionView::of).toList());
        }

        static RunView started(PaymentRun r) {
            return new RunView(r.id(), r.month().toString(), r.status().name(), r.requestedBy(), r.startedAt(), null,
                    0, r.linesTotal(), 0, null, List.of());
        }
    }

    @Schema(name = "RegionTotals", description = "Counts and control totals of lines of one region")
    record RegionView(String regionCode, long lines, long families, String total, String adjustments) {
        static RegionView of(RegionTotal t) {
            return new RegionView(t.regionCode(), t.lines(), t.families(), t.total().toString(),
                    t.adjustments().toString());
        }
    }

    @Schema(name = "MonthTotals", description = "A month's lines per region, with their sum")
    record MonthTotalsView(String month, long lines, String total, List<RegionView> regions) {
        static MonthTotalsView of(YearMonth month, List<RegionTotal> totals) {
            return new MonthTotalsView(month.toString(), totals.stream().mapToLong(RegionTotal::lines).sum(),
                    totals.stream().map(RegionTotal::total).reduce(kz.gov.tsa.kernel.Tenge.ZERO,
                            kz.gov.tsa.kernel.Tenge::plus).toString(),
                    totals.stream().map(RegionView::of).toList());
        }
    }

    @Schema(name = "PaymentLine", description = "One payment line (PAY-04) with its trace (PAY-05)")
    record LineView(String idempotencyKey, String month, String kind, String amount, String maskedIin,
                    String personKey, String regionCode, UUID runId, String runMonth, Trace trace) {
        static LineView of(PaymentLine l) {
            return new LineView(l.idempotencyKey(), l.month().toString(), l.kind().name(), l.amount().toString(),
                    l.maskedIin(), l.personKey(), l.regionCode(), l.runId(), l.runMonth().toString(),
                    new Trace(l.decisionId(), l.contractId(), l.contractState().name(), l.ruleIds()));
        }
    }

    @Schema(name = "PaymentTrace", description = "PAY-05: the decision, contract and its state, and the rule IDs behind the amount")
    record Trace(UUID decisionId, UUID contractId, String contractState, List<String> ruleIds) {
    }

    @Schema(name = "FamilyPayments", description = "A family's payment lines, oldest month first")
    record HistoryView(String familyId, long lines, String total, List<LineView> items) {
    }

    @Schema(name = "Recovery", description = "CON-06 (2): what was paid under a revoked assignment, to recover")
    record RecoveryView(UUID id, UUID decisionId, String familyId, String regionCode, String ruleId, String reason,
                        String amount, List<String> months, List<String> maskedIins, Instant recordedAt) {
        static RecoveryView of(RecoveryRecord r) {
            return new RecoveryView(r.id(), r.decisionId(), r.familyId(), r.regionCode(), r.ruleId(), r.reason(),
                    r.amount().toString(), r.months().stream().map(YearMonth::toString).toList(), r.maskedIins(),
                    r.recordedAt());
        }
    }

    @Schema(name = "Reconciliation", description = "Three-way reconciliation of a month: schedule, lines, bank confirmations")
    record ReconciliationView(String month, long instructions, String instructed, long paid, String paidTotal,
                              Map<String, Long> counts, List<FindingView> findings) {
        static ReconciliationView of(kz.gov.tsa.payment.domain.register.Reconciliation.Report r) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (var kind : kz.gov.tsa.payment.domain.register.Reconciliation.Kind.values()) {
                counts.put(kind.name(), r.count(kind));
            }
            return new ReconciliationView(r.month().toString(), r.instructions(), r.instructed().toString(), r.paid(),
                    r.paidTotal().toString(), counts, r.findings().stream().map(f -> new FindingView(f.kind().name(),
                    f.endToEndId(), f.familyId(), f.maskedIin(), text(f.instructed()), text(f.confirmed()))).toList());
        }

        private static String text(kz.gov.tsa.kernel.Tenge t) {
            return t == null ? null : t.toString();
        }
    }

    @Schema(name = "ReconciliationFinding", description = "One difference between schedule, instruction and confirmation")
    record FindingView(String kind, String endToEndId, String familyId, String maskedIin, String instructed,
                       String confirmed) {
    }

    @Schema(name = "Reissue", description = "A returned transfer re-issued once under a new end-to-end id")
    record ReissueView(String originalEndToEndId, String endToEndId, String familyId, String maskedIin, String amount) {
    }
}
