package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.Objects;
import java.util.UUID;

/** An operator confirms a proposed breach: CON-07 on the first confirmed breach, CON-08 on the second. */
public interface ConfirmBreachUseCase {

    Outcome<Contract> confirm(Command command);

    record Command(Caller caller, UUID contractId, UUID breachId, String note) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(breachId, "breachId");
            note = note == null ? "" : note;
        }
    }
}
