package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The person left a measure before its end ({@code MeasureQuit}). */
public interface QuitMeasureUseCase {

    Outcome<Registration> quit(Command command);

    record Command(Caller caller, UUID registrationId, UUID participationId, LocalDate on, boolean ownInitiative) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(participationId, "participationId");
        }
    }
}
