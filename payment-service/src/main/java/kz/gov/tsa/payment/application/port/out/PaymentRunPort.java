package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payment run's state and its set-based work (PAY-04): the run row with its chunk cursor, the chunk boundaries
 * over the families' keys, and the statement that issues one chunk's lines under their unique idempotency keys.
 */
public interface PaymentRunPort {

    /** Stores a new RUNNING run; false when a run of that month is already running (nothing written). Audited. */
    boolean insertIfNoneRunning(PaymentRun run);

    Optional<PaymentRun> find(UUID runId);

    /** The run, locked until the transaction ends, if it is RUNNING. */
    Optional<PaymentRun> lockRunning(UUID runId);

    /** Ids of the RUNNING runs (a restarted service resumes them), oldest first. */
    List<UUID> running();

    /** How many schedule lines are due by {@code month} and not issued yet (the run's expected total). */
    long countDue(YearMonth month);

    /** The last family id of the next chunk of at most {@code families} families after {@code cursor}; empty at the end. */
    Optional<String> nextChunkEnd(String cursor, int families);

    /**
     * Issues the lines due in the run's month for the families in ({@code fromExclusive}, {@code toInclusive}]
     * ({@link kz.gov.tsa.payment.domain.PaymentRunPolicy}): every key at most once. Returns the lines inserted.
     */
    long issueLines(PaymentRun run, String fromExclusive, String toInclusive);

    /** Moves the cursor past a chunk and counts its lines. */
    void advance(UUID runId, String cursor, long lines);

    /** Marks the run COMPLETED; audited. */
    void complete(UUID runId, Instant completedAt, String actor);

    /** Counts and control totals of the lines a run issued, per region. */
    List<RegionTotal> totalsOfRun(UUID runId);

    /** Counts and control totals of the lines issued by the runs of a month, per region (empty region: all). */
    List<RegionTotal> totalsOfMonth(YearMonth month, Optional<RegionCode> region);
}
