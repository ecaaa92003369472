package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;

/**
 * One contract with its plan and breach history: an operator of its region, an auditor or admin, or the portal for
 * the caller's own family (404 for anyone else).
 */
public interface GetContractQuery {
    Outcome<Contract> get(Caller caller, UUID contractId);
}
