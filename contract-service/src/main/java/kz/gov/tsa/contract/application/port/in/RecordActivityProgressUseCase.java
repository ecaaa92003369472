package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.ActivityStatus;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.Objects;
import java.util.UUID;

/** CON-02, CON-12: an operator (the family's assistant) records the progress of a plan activity. */
public interface RecordActivityProgressUseCase {

    Outcome<Contract> record(Command command);

    record Command(Caller caller, UUID contractId, UUID activityId, ActivityStatus status) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(contractId, "contractId");
            Objects.requireNonNull(activityId, "activityId");
            Objects.requireNonNull(status, "status");
        }
    }
}
