package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one run for {@code runMonth} issues for one family (PAY-01..05), given its schedule lines and every line
 * already issued to it. The persistence adapter runs the same rule as set-based SQL over a range of families; this
 * is its plain-Java statement (used by the in-memory port and the rule tests).
 * <ol>
 *   <li>Every schedule line paid in {@code runMonth} or earlier (a late contract is paid up) with an amount above
 *   zero and no line under its key yet → a line of its kind for that amount (PAY-01, PAY-04).</li>
 *   <li>Every month already paid under the same decision whose due amount now differs from what its lines add up to (a sanction or
 *   termination that arrived after the month was paid) → one {@link LineKind#ADJUSTMENT} line for the difference;
 *   the paid line is never changed. Not for a revoked assignment: its undue payments are a recovery, never netted
 *   (PAY-03, CON-06 (2)).</li>
 * </ol>
 */
public final class PaymentRunPolicy {

    private PaymentRunPolicy() {
    }

    public static List<PaymentLine> linesDue(UUID runId, YearMonth runMonth, List<Entitlement> schedule,
                                             List<PaymentLine> issued) {
        Set<String> keys = new HashSet<>();
        Map<String, Tenge> paid = new HashMap<>();
        for (PaymentLine l : issued) {
            keys.add(l.idempotencyKey());
            paid.merge(share(l.decisionId(), l.familyId(), l.personKey(), l.month()), l.amount(), Tenge::plus);
        }
        List<PaymentLine> out = new ArrayList<>();
        for (Entitlement e : schedule) {
            if (!e.payMonth().isAfter(runMonth) && e.amount().isPositive() && keys.add(e.idempotencyKey())) {
                out.add(line(e.idempotencyKey(), runId, runMonth, e, e.kind(), e.amount()));
            }
        }
        for (Entitlement e : schedule) {
            Tenge already = paid.get(share(e.decisionId(), e.familyId(), e.personKey(), e.month()));
            if (already == null || e.status() == AssignmentStatus.REVOKED || already.equals(e.amount())) {
                continue;
            }
            String key = PaymentLine.adjustmentKey(e.familyId(), e.personKey(), e.month(), runMonth);
            if (keys.add(key)) {
                List<String> rules = new ArrayList<>(e.ruleIds());
                rules.add("PAY-04");
                out.add(line(key, runId, runMonth, e, LineKind.ADJUSTMENT, e.amount().minus(already), rules));
            }
        }
        return out;
    }

    private static String share(UUID decision, String family, String person, YearMonth month) {
        return decision + "|" + family + "|" + person + "|" + month;
    }

    private static PaymentLine line(String key, UUID runId, YearMonth runMonth, Entitlement e, LineKind kind,
                                    Tenge amount) {
        return line(key, runId, runMonth, e, kind, amount, e.ruleIds());
    }

    private static PaymentLine line(String key, UUID runId, YearMonth runMonth, Entitlement e, LineKind kind,
                                    Tenge amount, List<String> rules) {
        return new PaymentLine(key, runId, runMonth, e.familyId(), e.regionCode(), e.personKey(), e.maskedIin(),
                e.month(), kind, amount, e.decisionId(), e.contractId(), e.status(), rules);
    }
}
