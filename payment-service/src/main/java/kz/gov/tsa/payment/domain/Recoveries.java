package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Tenge;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** CON-06 (2), PAY-03: what a revocation leaves to recover. */
public final class Recoveries {

    private Recoveries() {
    }

    /**
     * The lines issued under the revoked assignment to the members it stops, summed; empty when nothing was paid to
     * them (then the revocation only cancels the months not paid yet).
     */
    public static Optional<RecoveryRecord> forRevocation(Assignment revoked, List<PaymentLine> issued, UUID id,
                                                         Instant now) {
        if (revoked.revocation() == null) {
            throw new IllegalArgumentException("the assignment is not revoked");
        }
        Set<String> stopped = revoked.stoppedByRevocation();
        List<PaymentLine> undue = issued.stream()
                .filter(l -> revoked.decisionId().equals(l.decisionId()) && stopped.contains(l.personKey()))
                .toList();
        Tenge total = undue.stream().map(PaymentLine::amount).reduce(Tenge.ZERO, Tenge::plus);
        if (!total.isPositive()) {
            return Optional.empty();
        }
        List<YearMonth> months = undue.stream().map(PaymentLine::month).distinct().sorted().toList();
        List<String> masked = undue.stream().map(PaymentLine::maskedIin).distinct().sorted().toList();
        return Optional.of(new RecoveryRecord(id, revoked.decisionId(), revoked.familyId(), revoked.regionCode(),
                "CON-06", revoked.revocation().reason(), total, months, masked, now));
    }
}
