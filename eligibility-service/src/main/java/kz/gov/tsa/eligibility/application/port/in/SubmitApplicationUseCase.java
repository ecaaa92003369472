package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;

/** Receives an application and announces it ({@code ApplicationReceived}) in the same transaction. */
public interface SubmitApplicationUseCase {

    Result submit(SubmitApplicationCommand command);

    /** The stored application; {@code replayed} when an earlier submission with the same key was returned. */
    record Result(Application application, boolean replayed) {
    }

    /** The Idempotency-Key was used before for a different application. */
    final class IdempotencyKeyReusedException extends RuntimeException {
        public IdempotencyKeyReusedException() {
            super("Idempotency-Key reused with different content");
        }
    }
}
