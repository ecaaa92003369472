package kz.gov.tsa.payment.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.events.payment.PaymentRunCompleted;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.messaging.Outbox;
import kz.gov.tsa.payment.application.port.out.PublishEventPort;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.util.List;

/** tsa.payments.v1 through the outbox, in the transaction that completes the run. */
@ApplicationScoped
class OutboxEventPublisher implements PublishEventPort {

    private final Outbox outbox;

    @Inject
    OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void runCompleted(PaymentRun run, List<RegionTotal> totals) {
        var regions = totals.stream().map(t -> new PaymentRunCompleted.RegionTotals(t.regionCode(), t.lines(),
                t.families(), t.total().toString(), t.adjustments().toString())).toList();
        var payload = new PaymentRunCompleted(run.id(), run.month().toString(), run.startedAt(), run.completedAt(),
                totals.stream().mapToLong(RegionTotal::lines).sum(),
                totals.stream().mapToLong(RegionTotal::families).sum(),
                totals.stream().map(RegionTotal::total).reduce(Tenge.ZERO, Tenge::plus).toString(),
                totals.stream().map(RegionTotal::adjustments).reduce(Tenge.ZERO, Tenge::plus).toString(), regions);
        outbox.appendEvent(payload, PaymentRunCompleted.key(payload.month()), run.id(), run.completedAt(),
                List.of("PAY-04", "PAY-05"));
    }
}
