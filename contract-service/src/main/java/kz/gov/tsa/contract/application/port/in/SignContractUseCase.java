package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** CON-03, CON-04, CON-12: an operator records the recipient's signature → {@code ContractSigned}. */
public interface SignContractUseCase {

    Outcome<Contract> sign(Command command);

    /**
     * @param signedOn   the day the recipient signed (not in the future)
     * @param signatory  the person key of the member who signed (a member of the family)
     * @param assistant  CON-12 assistant
     * @param consultant CON-12 social-work consultant
     */
    record Command(Caller caller, UUID contractId, LocalDate signedOn, String signatory, String assistant,
                   String consultant) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(signedOn, "signedOn");
            Objects.requireNonNull(signatory, "signatory");
            Objects.requireNonNull(assistant, "assistant");
            Objects.requireNonNull(consultant, "consultant");
        }
    }
}
