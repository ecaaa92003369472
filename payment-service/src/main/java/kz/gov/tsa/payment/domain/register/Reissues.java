package kz.gov.tsa.payment.domain.register;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.List;
import java.util.Optional;

/**
 * A transfer the bank returned is re-issued once (issue 12 §4): a new instruction, the same entitlement and amount,
 * under a new end-to-end id ({@link Instruction#reissueId()}). Refused when the transfer is not the month's, was not
 * returned (its first confirmation), or was re-issued already.
 */
public final class Reissues {

    private Reissues() {
    }

    public static Outcome<Instruction> reissue(String endToEndId, Register month, List<Confirmation> confirmations,
                                               Optional<Instruction> already) {
        Optional<Instruction> original = month.instructions().stream()
                .filter(i -> i.endToEndId().equals(endToEndId)).findFirst();
        if (original.isEmpty()) {
            return Outcome.refused(Refusal.notFound("reissue.unknown-transfer", endToEndId));
        }
        if (already.isPresent()) {
            return Outcome.refused(Refusal.conflict("PAY-04", "reissue.only-once", endToEndId, already.get().endToEndId())
                    .with("reissuedAs", already.get().endToEndId()));
        }
        Optional<Confirmation> first = confirmations.stream().filter(c -> c.endToEndId().equals(endToEndId)).findFirst();
        if (first.isEmpty() || first.get().status() != Confirmation.Status.RETURNED) {
            return Outcome.refused(Refusal.conflict("PAY-04", "reissue.not-returned", endToEndId));
        }
        return Outcome.accepted(original.get().reissued());
    }
}
