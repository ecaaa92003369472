package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads family cases. */
public interface FindFamilyCasesQuery {
    Optional<FamilyCase> byApplication(UUID applicationId);

    List<FamilyCase> byFamily(String familyId);
}
