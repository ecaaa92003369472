package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.kernel.Outcome;

/** Receives an application and announces it ({@code ApplicationReceived}) in the same transaction. */
public interface SubmitApplicationUseCase {

    /**
     * The stored application, or a refusal: ELIG-14 (the family's fields), ELIG-01 / PAY-04 (a member already in
     * another family's open application or assignment for these months, 409), or the Idempotency-Key reused for
     * other content (422).
     */
    Outcome<Result> submit(SubmitApplicationCommand command);

    /** The stored application; {@code replayed} when an earlier submission with the same key was returned. */
    record Result(Application application, boolean replayed) {
    }
}
