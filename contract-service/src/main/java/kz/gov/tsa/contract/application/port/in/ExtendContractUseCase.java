package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ExtensionReason;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** CON-05, ELIG-11: an operator extends a signed contract once, with the employment commission's recommendation. */
public interface ExtendContractUseCase {

    Outcome<Contract> extend(Command command);

    record Command(Caller caller, UUID contractId, int months, ExtensionReason reason, String recommendation,
                   LocalDate recommendedOn) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(recommendedOn, "recommendedOn");
        }
    }
}
