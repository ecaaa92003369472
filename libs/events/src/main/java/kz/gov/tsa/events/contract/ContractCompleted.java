package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The contract's term ended (CON-04, extension included). Topic {@code tsa.contracts.v1}, key = family id. */
public record ContractCompleted(UUID contractId, UUID decisionId, String familyId, LocalDate termEnd,
                                LocalDate completedOn, Instant occurredAt) {
    public ContractCompleted {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
