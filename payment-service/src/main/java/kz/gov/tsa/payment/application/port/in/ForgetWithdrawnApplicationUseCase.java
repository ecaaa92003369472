package kz.gov.tsa.payment.application.port.in;

import java.util.UUID;

/** D-97: an application withdrawn before its decision is no longer pending; nothing will be paid on it. */
public interface ForgetWithdrawnApplicationUseCase {
    void withdrawn(UUID applicationId, String actor);
}
