package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.payment.application.port.in.ForgetDecidedApplicationUseCase;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;

import java.util.UUID;

/** Once decided, an application leaves the pipeline (its payments follow the decision). */
@ApplicationScoped
public class ForgetDecidedApplicationService implements ForgetDecidedApplicationUseCase {

    private final PendingApplicationStore store;

    @Inject
    public ForgetDecidedApplicationService(PendingApplicationStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void decided(UUID applicationId, String actor) {
        store.remove(applicationId, PendingApplicationStore.Leaving.DECIDED, actor);
    }
}
