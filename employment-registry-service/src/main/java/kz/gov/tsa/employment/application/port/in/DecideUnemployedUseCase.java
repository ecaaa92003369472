package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** EMP-05/06: decides on an application for registration as unemployed, after the EMP-03 window. */
public interface DecideUnemployedUseCase {

    Outcome<Registration> decide(Command command);

    /**
     * @param appliedOn      the day of the application (today when absent)
     * @param working        EMP-06 (2): the person works under a labour contract or other paid work
     * @param falseDocuments EMP-06 (4): the Centre found knowingly false documents about work and income
     * @param receivesJobLossPayment the person receives the social payment for loss of work (PRG-07 priority)
     */
    record Command(Caller caller, UUID registrationId, LocalDate appliedOn, boolean working, boolean falseDocuments,
                   boolean receivesJobLossPayment) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(registrationId, "registrationId");
        }
    }
}
