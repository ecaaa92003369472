package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.util.List;
import java.util.UUID;

/** A run's status and progress, and its summary per region (a regional caller sees its own region's line). */
public interface GetPaymentRunQuery {

    Outcome<RunSummary> get(Caller caller, UUID runId);

    record RunSummary(PaymentRun run, List<RegionTotal> regions) {
        public RunSummary {
            regions = List.copyOf(regions);
        }
    }
}
