package kz.gov.tsa.events.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The recipient signed the contract within the deadline (CON-03): conditional assistance is paid for its term
 * (CON-04, ELIG-13) — the months {@code firstPaymentMonth}..{@code lastPaymentMonth} ({@code YYYY-MM}), counted
 * from the month of signing. Topic {@code tsa.contracts.v1}, key = family id.
 */
public record ContractSigned(UUID contractId, UUID decisionId, UUID applicationId, String familyId,
                             String regionCode, LocalDate signedOn, int termMonths, LocalDate termEnd,
                             String firstPaymentMonth, String lastPaymentMonth, String assistant, String consultant,
                             List<ContractMemberRef> members, Instant signedAt) {
    public ContractSigned {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(firstPaymentMonth, "firstPaymentMonth");
        Objects.requireNonNull(lastPaymentMonth, "lastPaymentMonth");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
