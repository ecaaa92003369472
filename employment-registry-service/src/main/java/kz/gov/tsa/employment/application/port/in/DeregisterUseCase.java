package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** EMP-08/09: an operator deregisters a person for one of the six reasons. */
public interface DeregisterUseCase {

    Outcome<Registration> deregister(Command command);

    /**
     * @param on          the day of deregistration (today when absent)
     * @param validReason a valid reason the person presented (prevents EMP-08 (2) and (3))
     */
    record Command(Caller caller, UUID registrationId, DeregistrationReason reason, LocalDate on, String validReason,
                   String note) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
