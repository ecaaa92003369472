package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.payment.application.port.in.RecordPendingApplicationUseCase;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.domain.PendingApplication;

/** Records an application received by eligibility-service (payment planning); a replay changes nothing. */
@ApplicationScoped
public class RecordPendingApplicationService implements RecordPendingApplicationUseCase {

    private final PendingApplicationStore store;

    @Inject
    public RecordPendingApplicationService(PendingApplicationStore store) {
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PendingApplication application, String cause) {
        store.insertIfAbsent(application, cause);
    }
}
