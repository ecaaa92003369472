package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** EMP-04/07: a check-in at the Centre ({@code operator}) or, for rural residents, at the akim ({@code akimat}). */
public interface RecordCheckInUseCase {

    Outcome<Registration> checkIn(Command command);

    /** @param on the day of the check-in (today when absent) */
    record Command(Caller caller, UUID registrationId, LocalDate on) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
        }
    }
}
