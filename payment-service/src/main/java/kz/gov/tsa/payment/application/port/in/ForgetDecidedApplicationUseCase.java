package kz.gov.tsa.payment.application.port.in;

import java.util.UUID;

/** A decided application is no longer pending: the pipeline stops counting it. */
public interface ForgetDecidedApplicationUseCase {
    void decided(UUID applicationId, String actor);
}
