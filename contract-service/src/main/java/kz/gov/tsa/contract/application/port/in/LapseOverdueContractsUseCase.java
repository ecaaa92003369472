package kz.gov.tsa.contract.application.port.in;

/**
 * CON-03, ELIG-09: the scheduled job that lapses drafts not signed by their deadline → {@code ContractLapsed}. Safe to
 * run twice and on two instances at once: each overdue draft lapses once.
 */
public interface LapseOverdueContractsUseCase {
    /** The number of drafts this run lapsed. */
    int lapseOverdue();
}
