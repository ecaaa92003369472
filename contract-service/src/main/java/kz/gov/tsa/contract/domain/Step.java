package kz.gov.tsa.contract.domain;

import java.util.List;
import java.util.Objects;

/**
 * The result of an accepted transition: the contract after it, what was done (the audit action) and the events it
 * announces (none, one, or for a confirmed breach the sanction or the termination).
 */
public record Step(Contract contract, String action, String reason, List<ContractEvent> events) {
    public Step {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason;
        events = List.copyOf(events);
    }
}
