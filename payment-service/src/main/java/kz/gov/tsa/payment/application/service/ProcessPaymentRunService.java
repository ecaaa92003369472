package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.payment.application.port.in.ProcessPaymentRunUseCase;
import kz.gov.tsa.payment.application.port.out.PaymentRunPort;
import kz.gov.tsa.payment.application.port.out.PublishEventPort;
import kz.gov.tsa.payment.domain.PaymentRun;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PAY-04: one chunk of a run per transaction — lock the run row, find the chunk's last family after the cursor,
 * issue its lines set-based (unique idempotency keys, {@code ON CONFLICT DO NOTHING}), move the cursor. Two workers
 * on one run serialise on the row lock; a crash rolls back the chunk in flight, which is issued again under the same
 * keys. Progress (lines done / total, rate, ETA) is logged per chunk.
 */
@ApplicationScoped
public class ProcessPaymentRunService implements ProcessPaymentRunUseCase {

    private static final Logger LOG = Logger.getLogger(ProcessPaymentRunService.class);

    private final PaymentRunPort runs;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public ProcessPaymentRunService(PaymentRunPort runs, PublishEventPort events, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<PaymentRun> processNextChunk(UUID runId, int chunkFamilies) {
        Optional<PaymentRun> locked = runs.lockRunning(runId);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        PaymentRun run = locked.get();
        Optional<String> end = runs.nextChunkEnd(run.cursor(), chunkFamilies);
        Instant now = clock.instant();
        if (end.isEmpty()) {
            runs.complete(runId, now, "job:payment-run");
            var totals = runs.totalsOfRun(runId);
            PaymentRun done = runs.find(runId).orElseThrow();
            events.runCompleted(done, totals);
            LOG.infof("Payment run %s for %s completed: %d lines in %d chunks, %.0f lines/s", runId, run.month(),
                    done.linesDone(), done.chunksDone(), done.rate(now));
            return Optional.of(done);
        }
        long issued = runs.issueLines(run, run.cursor(), end.get());
        runs.advance(runId, end.get(), issued);
        PaymentRun after = runs.find(runId).orElseThrow();
        LOG.infof("Payment run %s for %s: %d/%d lines, %.0f lines/s, ETA %s", runId, run.month(), after.linesDone(),
                after.linesTotal(), after.rate(now), after.eta(now).map(Object::toString).orElse("-"));
        return Optional.of(after);
    }

    @Override
    public List<UUID> runningRuns() {
        return runs.running();
    }
}
