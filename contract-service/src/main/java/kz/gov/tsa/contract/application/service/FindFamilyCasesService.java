package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.FindFamilyCasesQuery;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads family cases. */
@ApplicationScoped
public class FindFamilyCasesService implements FindFamilyCasesQuery {

    private final FamilyCasePort cases;

    @Inject
    public FindFamilyCasesService(FamilyCasePort cases) {
        this.cases = cases;
    }

    @Override
    public Optional<FamilyCase> byApplication(UUID applicationId) {
        return cases.loadByApplication(applicationId);
    }

    @Override
    public List<FamilyCase> byFamily(String familyId) {
        return cases.loadByFamily(familyId);
    }
}
