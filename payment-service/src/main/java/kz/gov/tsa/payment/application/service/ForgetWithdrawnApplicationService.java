package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.payment.application.port.in.ForgetWithdrawnApplicationUseCase;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;

import java.util.UUID;

/** D-97: a withdrawn application leaves the pipeline (eligibility-service decides nothing on it). */
@ApplicationScoped
public class ForgetWithdrawnApplicationService implements ForgetWithdrawnApplicationUseCase {

    private final PendingApplicationStore store;

    @Inject
    public ForgetWithdrawnApplicationService(PendingApplicationStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void withdrawn(UUID applicationId, String actor) {
        store.remove(applicationId, PendingApplicationStore.Leaving.WITHDRAWN, actor);
    }
}
