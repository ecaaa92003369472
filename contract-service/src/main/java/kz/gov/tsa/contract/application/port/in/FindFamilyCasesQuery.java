package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.FamilyCase;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.List;
import java.util.UUID;

/**
 * Reads family cases, as far as the caller reaches (D-11, like contracts, D-31): {@code auditor} and {@code admin}
 * every case, an {@code operator} those of its region (all, without a region claim); a case the caller may not see
 * does not exist for it.
 */
public interface FindFamilyCasesQuery {

    /** The case opened for an application; refused (404) when there is none or it lies outside the caller's reach. */
    Outcome<FamilyCase> byApplication(Caller caller, UUID applicationId);

    /** The family's cases the caller may see, oldest opening first. */
    List<FamilyCase> byFamily(Caller caller, String familyId);
}
