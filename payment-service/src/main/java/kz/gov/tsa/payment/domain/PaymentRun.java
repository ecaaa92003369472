package kz.gov.tsa.payment.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One monthly payment run (PAY-04): its month, state and chunk cursor (the last family id whose lines are issued),
 * kept in the database so that a restarted service resumes it where it stopped.
 *
 * @param linesTotal the lines the run expected to issue when it started (for progress and ETA)
 */
public record PaymentRun(UUID id, YearMonth month, Status status, String requestedBy, Instant startedAt,
                         Instant completedAt, String cursor, long linesDone, long linesTotal, int chunksDone) {

    public enum Status { RUNNING, COMPLETED }

    public PaymentRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Lines per second so far. */
    public double rate(Instant now) {
        Instant end = completedAt != null ? completedAt : now;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return linesDone / seconds;
    }

    /** Expected time to finish at the rate so far; empty when done or no rate yet. */
    public Optional<Duration> eta(Instant now) {
        double rate = rate(now);
        if (status == Status.COMPLETED || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, linesTotal - linesDone);
        return Optional.of(Duration.ofMillis((long) (left / rate * 1000)));
    }
}
