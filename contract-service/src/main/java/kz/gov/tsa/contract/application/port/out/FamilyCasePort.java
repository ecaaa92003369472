package kz.gov.tsa.contract.application.port.out;

import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and loads family cases (with an audit record per change). */
public interface FamilyCasePort {
    void saveNew(FamilyCase familyCase, String actor);

    /** Stores a case's new status, audited with the actor and the reason. */
    void saveStatus(FamilyCase familyCase, String actor, String reason);

    Optional<FamilyCase> loadByApplication(UUID applicationId);

    List<FamilyCase> loadByFamily(String familyId);
}
