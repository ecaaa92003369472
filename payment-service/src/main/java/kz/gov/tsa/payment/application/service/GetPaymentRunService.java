package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.GetPaymentRunQuery;
import kz.gov.tsa.payment.application.port.out.PaymentRunPort;

import java.util.Optional;
import java.util.UUID;

/** A run with its progress and its region lines; a regional caller (D-11) sees only its own region's line. */
@ApplicationScoped
public class GetPaymentRunService implements GetPaymentRunQuery {

    private final PaymentRunPort runs;

    @Inject
    public GetPaymentRunService(PaymentRunPort runs) {
        this.runs = runs;
    }

    @Override
    public Outcome<RunSummary> get(Caller caller, UUID runId) {
        var run = runs.find(runId);
        if (run.isEmpty()) {
            return Outcome.refused(Refusal.notFound("payment-run.not-found", runId));
        }
        return caller.scope(Optional.empty()).map(scope -> new RunSummary(run.get(), runs.totalsOfRun(runId).stream()
                .filter(t -> scope.map(RegionCode::value).map(t.regionCode()::equals).orElse(true)).toList()));
    }
}
