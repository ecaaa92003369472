package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** PRG-10, EMP-08 (1): the person turned up or refused; the second refusal of suitable work deregisters. */
public interface RecordReferralOutcomeUseCase {

    Outcome<Registration> record(Command command);

    record Command(Caller caller, UUID registrationId, UUID referralId, boolean turnedUp, LocalDate on) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(referralId, "referralId");
        }
    }
}
