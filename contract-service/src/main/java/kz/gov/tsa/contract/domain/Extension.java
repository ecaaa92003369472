package kz.gov.tsa.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * CON-05 / ELIG-11: the one extension of a contract, with the employment commission's recommendation.
 *
 * @param months               1 to 6 more months
 * @param reason               the CON-05 reason
 * @param recommendation       the employment commission's recommendation (its number or reference)
 * @param recommendedOn        the date of the recommendation
 * @param previousTermEnd      the last day of the term before the extension
 * @param newTermEnd           the last day of the extended term
 * @param extendedBy           the operator
 * @param extendedAt           when
 */
public record Extension(int months, ExtensionReason reason, String recommendation, LocalDate recommendedOn,
                        LocalDate previousTermEnd, LocalDate newTermEnd, String extendedBy, Instant extendedAt) {
    public Extension {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(recommendedOn, "recommendedOn");
        Objects.requireNonNull(newTermEnd, "newTermEnd");
    }
}
