package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One schedule line (PAY-01): what one member's share of one month is due, and in which run month it is paid, with
 * its trace (PAY-05): the decision, the contract and its state, the rule IDs that produced the amount.
 *
 * @param month    the month the share is for
 * @param payMonth the run month that pays it (the month itself, or its lump-sum block's first month)
 * @param base     the member's monthly share as decided
 * @param amount   what is due after sanctions and terminations (zero when stopped)
 */
public record Entitlement(UUID decisionId, String familyId, String regionCode, String personKey, String maskedIin,
                          YearMonth month, YearMonth payMonth, LineKind kind, Tenge base, Tenge amount,
                          List<String> ruleIds, UUID contractId, AssignmentStatus status) {
    public Entitlement {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(payMonth, "payMonth");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        ruleIds = List.copyOf(ruleIds);
        if (kind == LineKind.ADJUSTMENT) {
            throw new IllegalArgumentException("a schedule line is MONTHLY or LUMP_SUM");
        }
    }

    /** PAY-04: the stable key of the line that pays this share of this month. */
    public String idempotencyKey() {
        return PaymentLine.regularKey(familyId, personKey, month, kind);
    }
}
