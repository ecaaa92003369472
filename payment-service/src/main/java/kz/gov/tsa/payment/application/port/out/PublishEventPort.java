package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.util.List;

/** Events of tsa.payments.v1, through the outbox in the caller's transaction. */
public interface PublishEventPort {

    /** {@code PaymentRunCompleted} with the run's counts and control totals per region. */
    void runCompleted(PaymentRun run, List<RegionTotal> totals);
}
