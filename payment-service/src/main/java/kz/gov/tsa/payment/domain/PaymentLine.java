package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment instruction (PAY-04): one family × member share × month × kind, under a stable idempotency key that a
 * unique constraint enforces, with its trace (PAY-05). Once issued it is never changed.
 *
 * @param runMonth the month of the run that issued it
 * @param month    the month the share is for
 */
public record PaymentLine(String idempotencyKey, UUID runId, YearMonth runMonth, String familyId, String regionCode,
                          String personKey, String maskedIin, YearMonth month, LineKind kind, Tenge amount,
                          UUID decisionId, UUID contractId, AssignmentStatus contractState, List<String> ruleIds) {
    public PaymentLine {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(runMonth, "runMonth");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        ruleIds = List.copyOf(ruleIds);
    }

    /** PAY-04: a month's share is paid once, whatever run, retry or replay issues it. */
    public static String regularKey(String familyId, String personKey, YearMonth month, LineKind kind) {
        return "PAY|" + familyId + "|" + personKey + "|" + month + "|" + kind;
    }

    /** PAY-04: at most one adjustment of a month's share per run month. */
    public static String adjustmentKey(String familyId, String personKey, YearMonth month, YearMonth runMonth) {
        return "ADJ|" + familyId + "|" + personKey + "|" + month + "|" + runMonth;
    }
}
