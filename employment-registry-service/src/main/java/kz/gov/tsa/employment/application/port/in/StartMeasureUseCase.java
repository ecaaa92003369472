package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.MeasureFacts;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** PRG-01..09: a registered person starts an active measure within its limits. */
public interface StartMeasureUseCase {

    Outcome<Registration> start(Command command);

    record Command(Caller caller, UUID registrationId, MeasureKind kind, String provider, LocalDate startOn,
                   LocalDate endOn, MeasureFacts facts) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startOn, "startOn");
            Objects.requireNonNull(endOn, "endOn");
        }
    }
}
