package kz.gov.tsa.contract.application.port.out;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Step;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.RegionCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores contracts; every write audits the step with its actor in the same transaction. */
public interface ContractStorePort {

    Optional<Contract> findById(UUID id);

    /** Reads the contract and locks it until the transaction ends. */
    Optional<Contract> findForUpdate(UUID id);

    Optional<Contract> findByDecision(UUID decisionId);

    List<Contract> findByFamily(String familyId);

    /** The family's signed or extended contract, if any. */
    Optional<Contract> findRunningByFamily(String familyId);

    /** The signed or extended contract that has this person (by person key) among its members, if any. */
    Optional<Contract> findRunningByMember(String personKey);

    /**
     * Stores a new draft unless one exists for its decision; true when stored (a concurrent second delivery of the
     * same decision stores nothing).
     */
    boolean insert(Step drafted, String actor);

    /**
     * Stores the step's contract if the stored version is still the one it was read at, and returns it at its new
     * version; throws {@link ConcurrentChangeException} when another transaction changed it first.
     */
    Contract update(Step step, String actor);

    /** Ids of drafts overdue on {@code today}, locked for this transaction; rows another one holds are skipped. */
    List<UUID> claimOverdueDrafts(LocalDate today, int limit);

    /** Ids of running contracts whose term ended before {@code today}, locked; rows held elsewhere are skipped. */
    List<UUID> claimEndedContracts(LocalDate today, int limit);

    /** The worklist, optionally of one region. */
    List<Contract> worklist(Worklist list, LocalDate today, YearMonth month, Optional<RegionCode> region);

    /** Another transaction changed the contract first; the caller's transaction rolls back. */
    final class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(UUID id) {
            super("contract " + id + " was changed concurrently");
        }
    }
}
