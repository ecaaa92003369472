package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An overpayment to recover (CON-06 (2), PAY-03): what was paid under a revoked assignment to the members the
 * revocation stops — the amount, the months and the rule — recorded for operators and auditors; never netted
 * silently against later payments.
 */
public record RecoveryRecord(UUID id, UUID decisionId, String familyId, String regionCode, String ruleId,
                             String reason, Tenge amount, List<YearMonth> months, List<String> maskedIins,
                             Instant recordedAt) {
    public RecoveryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recordedAt, "recordedAt");
        months = List.copyOf(months);
        maskedIins = List.copyOf(maskedIins);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a recovery is of a positive amount");
        }
    }
}
