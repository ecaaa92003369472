package kz.gov.tsa.contract.application.port.in;

/** CON-04: the scheduled job that completes running contracts whose term ended → {@code ContractCompleted}. */
public interface CompleteEndedContractsUseCase {
    /** The number of contracts this run completed. */
    int completeEnded();
}
