package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The contract ended early: {@code REPEAT_BREACH} (CON-08: payments stop except for minors and full-time students
 * under 23) or {@code FALSE_INFORMATION} (CON-06 (2): payments to able-bodied members stop), from
 * {@code firstMonthStopped} ({@code YYYY-MM}); {@code continuing} members keep their shares (PAY-03). Topic
 * {@code tsa.contracts.v1}, key = family id.
 */
public record ContractTerminated(UUID contractId, UUID decisionId, String familyId, String cause, String ruleId,
                                 LocalDate terminatedOn, String firstMonthStopped, UUID breachId, String reason,
                                 List<ContractMemberRef> continuing, List<ContractMemberRef> stopped,
                                 Instant terminatedAt) {
    public ContractTerminated {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(cause, "cause");
        continuing = continuing == null ? List.of() : List.copyOf(continuing);
        stopped = stopped == null ? List.of() : List.copyOf(stopped);
    }
}
