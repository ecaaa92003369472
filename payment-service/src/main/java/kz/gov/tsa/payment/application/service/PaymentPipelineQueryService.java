package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.PaymentPipelineQuery;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

/** Reads the applications received and not decided yet, per region and quarter, within the caller's reach (D-11). */
@ApplicationScoped
public class PaymentPipelineQueryService implements PaymentPipelineQuery {

    private final PendingApplicationStore store;

    @Inject
    public PaymentPipelineQueryService(PendingApplicationStore store) {
        this.store = store;
    }

    @Override
    public Optional<PendingApplication> application(Caller caller, UUID applicationId) {
        return store.find(applicationId).filter(a -> caller.covers(new RegionCode(a.regionCode())));
    }

    @Override
    public Outcome<PipelineSummary> summary(Caller caller, Optional<RegionCode> region, Optional<String> quarter) {
        return caller.scope(region).map(scoped -> store.summarise(scoped.map(RegionCode::value), quarter));
    }
}
