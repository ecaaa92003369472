package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** EMP-08 (2): the invited person came to the Centre. */
public interface RecordInvitationArrivalUseCase {

    Outcome<Registration> arrived(Command command);

    record Command(Caller caller, UUID registrationId, UUID invitationId, LocalDate on) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(invitationId, "invitationId");
        }
    }
}
