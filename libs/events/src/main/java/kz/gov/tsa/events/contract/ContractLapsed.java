package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The draft was not signed by its deadline (CON-03): no conditional assistance is paid (ELIG-09). Topic
 * {@code tsa.contracts.v1}, key = family id.
 */
public record ContractLapsed(UUID contractId, UUID decisionId, UUID applicationId, String familyId,
                             LocalDate signingDeadline, LocalDate lapsedOn, Instant occurredAt) {
    public ContractLapsed {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(lapsedOn, "lapsedOn");
    }
}
