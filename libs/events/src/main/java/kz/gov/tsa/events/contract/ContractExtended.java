package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract was extended once by {@code months} (1..6) for a CON-05 reason on the employment commission's
 * recommendation (ELIG-11); payments run to {@code lastPaymentMonth}. Topic {@code tsa.contracts.v1}, key = family id.
 */
public record ContractExtended(UUID contractId, UUID decisionId, String familyId, int months, String reason,
                               String recommendation, LocalDate recommendedOn, LocalDate previousTermEnd,
                               LocalDate newTermEnd, String lastPaymentMonth, Instant extendedAt) {
    public ContractExtended {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(newTermEnd, "newTermEnd");
    }
}
