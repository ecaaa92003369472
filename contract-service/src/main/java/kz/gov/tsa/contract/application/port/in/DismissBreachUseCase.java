package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.Objects;
import java.util.UUID;

/** An operator dismisses a proposed breach (e.g. a valid reason was shown): nothing else changes. */
public interface DismissBreachUseCase {

    Outcome<Contract> dismiss(Command command);

    record Command(Caller caller, UUID contractId, UUID breachId, String note) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(breachId, "breachId");
            Objects.requireNonNull(note, "note");
        }
    }
}
