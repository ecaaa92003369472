package kz.gov.tsa.payment.domain;

import java.time.Instant;
import java.util.Objects;

/** CON-06 (2): false information led to the assignment; it is revoked (PAY-03). */
public record Revocation(String reason, String revokedBy, Instant revokedAt) {
    public Revocation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
