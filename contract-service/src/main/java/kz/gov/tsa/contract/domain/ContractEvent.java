package kz.gov.tsa.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a contract's transitions announce; the outbound messaging adapter maps them to {@code tsa.contracts.v1}. */
public sealed interface ContractEvent {

    Contract contract();

    Instant occurredAt();

    List<String> ruleIds();

    record Drafted(Contract contract, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("ELIG-09", "CON-02", "CON-03", "CON-12");
        }
    }

    record Signed(Contract contract, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("CON-03", "CON-04", "ELIG-09", "ELIG-13");
        }
    }

    record Lapsed(Contract contract, LocalDate on, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("CON-03", "ELIG-09");
        }
    }

    record Extended(Contract contract, Extension extension, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("CON-05", "ELIG-11");
        }
    }

    record SanctionApplied(Contract contract, Sanction sanction, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("CON-07", "PAY-02");
        }
    }

    record Terminated(Contract contract, Termination termination, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of(termination.ruleId(), "PAY-03");
        }
    }

    record Completed(Contract contract, LocalDate on, Instant occurredAt) implements ContractEvent {
        public List<String> ruleIds() {
            return List.of("CON-04");
        }
    }
}
