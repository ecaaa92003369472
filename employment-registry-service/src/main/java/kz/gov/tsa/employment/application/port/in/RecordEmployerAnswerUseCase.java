package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** PRG-05: the employer of a social job told the Centre whether it hired or refused the referred person (D-71). */
public interface RecordEmployerAnswerUseCase {

    Outcome<Registration> record(Command command);

    /** @param on the day the employer answered; today when null */
    record Command(Caller caller, UUID registrationId, UUID referralId, Referral.EmployerAnswer answer, LocalDate on) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(referralId, "referralId");
            Objects.requireNonNull(answer, "answer");
        }
    }
}
