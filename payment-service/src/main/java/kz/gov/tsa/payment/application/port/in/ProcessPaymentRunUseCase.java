package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.payment.domain.PaymentRun;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * PAY-04: issues the next chunk of a RUNNING run in one transaction (lines and cursor commit together), and
 * completes the run — with {@code PaymentRunCompleted} — when no family is left. A killed service loses at most
 * the chunk in flight, which the next call issues again under the same keys.
 */
public interface ProcessPaymentRunUseCase {

    /** The run after this step; empty when it is not running (unknown or completed). */
    Optional<PaymentRun> processNextChunk(UUID runId, int chunkFamilies);

    /** The runs to work on (RUNNING), oldest first. */
    List<UUID> runningRuns();
}
