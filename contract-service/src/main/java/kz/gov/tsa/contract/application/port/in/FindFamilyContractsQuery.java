package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Caller;

import java.util.List;

/** A family's contracts, oldest first, as far as the caller may see them. */
public interface FindFamilyContractsQuery {
    List<Contract> byFamily(Caller caller, String familyId);
}
