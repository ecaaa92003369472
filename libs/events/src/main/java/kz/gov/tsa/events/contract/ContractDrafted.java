package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A conditional decision opened the family's contract draft (ELIG-09); it must be signed by {@code signingDeadline}
 * (CON-03: 3 working days after the commission's conclusion). Topic {@code tsa.contracts.v1}, key = family id.
 */
public record ContractDrafted(UUID contractId, UUID decisionId, UUID applicationId, String familyId,
                              String regionCode, LocalDate commissionConcludedOn, LocalDate signingDeadline,
                              List<ContractMemberRef> members, Instant draftedAt) {
    public ContractDrafted {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(signingDeadline, "signingDeadline");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
