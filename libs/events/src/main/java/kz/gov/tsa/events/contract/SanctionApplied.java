package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A first breach was confirmed (CON-07, PAY-02): the shares of {@code affected} members are cut by {@code percent}
 * (50) for the one month {@code month} ({@code YYYY-MM}); {@code exempt} members (minors, full-time students under
 * 23, ages on the month's first day) keep theirs. Topic {@code tsa.contracts.v1}, key = family id.
 */
public record SanctionApplied(UUID contractId, UUID decisionId, String familyId, UUID breachId, String month,
                              int percent, List<ContractMemberRef> affected, List<ContractMemberRef> exempt,
                              Instant appliedAt) {
    public SanctionApplied {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(month, "month");
        affected = affected == null ? List.of() : List.copyOf(affected);
        exempt = exempt == null ? List.of() : List.copyOf(exempt);
    }
}
