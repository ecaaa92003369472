package kz.gov.tsa.payment.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * CON-07, PAY-02: the shares of exactly the {@code affected} members (as contract-service found them, ages on the
 * month's first day, D-34) are cut by {@code percent} for exactly the one {@code month}.
 */
public record Sanction(UUID breachId, YearMonth month, int percent, Set<String> affected) {
    public Sanction {
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(month, "month");
        affected = Set.copyOf(affected == null ? Set.of() : affected);
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a sanction cuts 1..100 %");
        }
    }
}
