package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** D-72: the Centre records that the person completed an active measure ({@code MeasureCompleted}). */
public interface CompleteMeasureUseCase {

    Outcome<Registration> complete(Command command);

    /** @param on the day of completion, within the measure's term; today when null */
    record Command(Caller caller, UUID registrationId, UUID participationId, LocalDate on) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(participationId, "participationId");
        }
    }
}
