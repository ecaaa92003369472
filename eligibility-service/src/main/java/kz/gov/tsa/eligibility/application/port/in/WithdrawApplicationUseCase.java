package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.Objects;
import java.util.UUID;

/**
 * D-97 (ELIG-01): withdraws an application before its decision — the applicant on the portal, or the Centre's
 * operator of its region; its members are released and {@code ApplicationWithdrawn} is announced.
 */
public interface WithdrawApplicationUseCase {

    /**
     * The withdrawn application ({@code replayed} when it already was), or a refusal: not found or not visible
     * (404), a portal caller who is not its applicant (403), already decided (409, ELIG-01).
     */
    Outcome<Result> withdraw(Command command);

    record Command(UUID applicationId, String reason, Caller caller) {
        public Command {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(caller, "caller");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a withdrawal states its reason");
            }
        }

        /** The audit actor: the caller's subject. */
        public String actor() {
            return caller.subject();
        }
    }

    record Result(Application application, boolean replayed) {
    }
}
