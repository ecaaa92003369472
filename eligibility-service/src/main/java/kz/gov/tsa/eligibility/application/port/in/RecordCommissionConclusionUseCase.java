package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import kz.gov.tsa.eligibility.domain.Application;

import java.util.Objects;
import java.util.UUID;

/** ELIG-10: the precinct commission records its conclusion on an application. */
public interface RecordCommissionConclusionUseCase {

    /** Same findings again → the stored application, {@code replayed}; other findings → refused (409). */
    Outcome<Result> record(Command command);

    record Command(UUID applicationId, boolean factsConfirmed, String notes, Caller caller) {
        public Command {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(caller, "caller");
        }

        /** The audit actor: the caller's subject. */
        public String actor() {
            return caller.subject();
        }
    }

    record Result(Application application, boolean replayed) {
    }
}
