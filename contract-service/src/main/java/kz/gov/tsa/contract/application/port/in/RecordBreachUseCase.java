package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** CON-06 (1), CON-07, CON-08: an operator records a breach (reason, date, evidence), confirmed at once. */
public interface RecordBreachUseCase {

    Outcome<Contract> record(Command command);

    /** @param personKey the member concerned, or null for the family as a whole */
    record Command(Caller caller, UUID contractId, String personKey, String reason, LocalDate occurredOn,
                   String evidence) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredOn, "occurredOn");
        }
    }
}
