package kz.gov.tsa.payment.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * The paid months of a signed social contract (CON-04, ELIG-13, D-32): {@code first}..{@code last} inclusive, moved by
 * an extension (CON-05, D-33).
 */
public record ContractTerm(UUID contractId, YearMonth first, YearMonth last, boolean extended) {
    public ContractTerm {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a term ends after it starts");
        }
    }

    public ContractTerm extendedTo(YearMonth newLast) {
        return new ContractTerm(contractId, first, newLast, true);
    }
}
