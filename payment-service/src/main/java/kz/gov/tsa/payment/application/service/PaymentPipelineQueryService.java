package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.payment.application.port.in.PaymentPipelineQuery;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

/** Reads the applications received and not decided yet, per region and quarter. */
@ApplicationScoped
public class PaymentPipelineQueryService implements PaymentPipelineQuery {

    private final PendingApplicationStore store;

    @Inject
    public PaymentPipelineQueryService(PendingApplicationStore store) {
        this.store = store;
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
