package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Offer;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.Objects;
import java.util.UUID;

/** EMP-03 / PRG-09: the Centre offered suitable work or vocational orientation. */
public interface RecordOfferUseCase {

    Outcome<Registration> record(Command command);

    record Command(Caller caller, UUID registrationId, Offer offer) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(offer, "offer");
        }
    }
}
