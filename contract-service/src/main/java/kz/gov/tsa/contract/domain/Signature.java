package kz.gov.tsa.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * CON-03: the recipient's signature as the operator recorded it.
 *
 * @param signedOn     the day the recipient signed
 * @param signatory    who signed for the family (its masked IIN; the recipient)
 * @param recordedBy   the operator who recorded it
 * @param recordedAt   when it was recorded
 * @param assistant    CON-12: the family's assistant (accompanies, monitors)
 * @param consultant   CON-12: the social-work consultant
 */
public record Signature(LocalDate signedOn, String signatory, String recordedBy, Instant recordedAt,
                       String assistant, String consultant) {
    public Signature {
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
