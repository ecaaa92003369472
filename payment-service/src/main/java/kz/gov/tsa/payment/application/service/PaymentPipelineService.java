package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.payment.application.port.in.PaymentPipelineQuery;
import kz.gov.tsa.payment.application.port.in.RecordPendingApplicationUseCase;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentPipelineService implements RecordPendingApplicationUseCase, PaymentPipelineQuery {

    private final PendingApplicationStore store;

    @Inject
    public PaymentPipelineService(PendingApplicationStore store) {
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(PendingApplication application, String cause) {
        store.insertIfAbsent(application, cause);
    }

    @Override
    public Optional<PendingApplication> application(UUID applicationId) {
        return store.find(applicationId);
    }

    @Override
    public PipelineSummary summary(Optional<String> regionCode, Optional<String> quarter) {
        return store.summarise(regionCode, quarter);
    }
}
