package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** EMP-08 (2): the Centre invites a registered person for an active measure (come within 3 working days). */
public interface InviteForMeasureUseCase {

    Outcome<Registration> invite(Command command);

    record Command(Caller caller, UUID registrationId, MeasureKind measure, LocalDate invitedOn) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
            Objects.requireNonNull(measure, "measure");
        }
    }
}
