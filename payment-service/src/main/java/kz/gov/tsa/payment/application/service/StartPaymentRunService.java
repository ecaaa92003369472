package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.application.port.in.StartPaymentRunUseCase;
import kz.gov.tsa.payment.application.port.out.PaymentRunPort;
import kz.gov.tsa.payment.domain.PaymentRun;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

/** PAY-04: a RUNNING run row (one per month at a time, by a unique partial index); the worker does the rest. */
@ApplicationScoped
public class StartPaymentRunService implements StartPaymentRunUseCase {

    private final PaymentRunPort runs;
    private final Clock clock;

    @Inject
    public StartPaymentRunService(PaymentRunPort runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PaymentRun> start(Command c) {
        if (!c.caller().hasAnyRole("operator", "admin")) {
            return Outcome.refused(Refusal.forbidden("payment-run.operator-only"));
        }
        if (!c.caller().nationwide()) {
            return Outcome.refused(Refusal.forbidden("payment-run.nationwide-only"));
        }
        if (c.month().isAfter(YearMonth.now(clock).plusMonths(1))) {
            return Outcome.refused(Refusal.unprocessable("PAY-01", "payment-run.month-too-early", c.month().toString())
                    .withField("month", "payment-run.month-too-early", c.month().toString()));
        }
        PaymentRun run = new PaymentRun(UUID.randomUUID(), c.month(), PaymentRun.Status.RUNNING, c.caller().subject(),
                clock.instant(), null, "", 0, runs.countDue(c.month()), 0);
        if (!runs.insertIfNoneRunning(run)) {
            return Outcome.refused(Refusal.conflict("PAY-04", "payment-run.already-running", c.month().toString())
                    .with("month", c.month().toString()));
        }
        return Outcome.accepted(run);
    }
}
