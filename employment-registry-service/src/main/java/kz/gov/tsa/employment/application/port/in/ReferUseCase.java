package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** PRG-10: refers a registered person to a vacancy or a measure. */
public interface ReferUseCase {

    Outcome<Registration> refer(Command command);

    record Command(Caller caller, UUID registrationId, Referral.Kind kind, String target, boolean suitableWork,
                   LocalDate referredOn) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
        }
    }
}
