package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.FindFamilyCasesQuery;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Refusal;

import java.util.List;
import java.util.UUID;

/** Reads family cases within the caller's reach (D-11). */
@ApplicationScoped
public class FindFamilyCasesService implements FindFamilyCasesQuery {

    private final FamilyCasePort cases;

    @Inject
    public FindFamilyCasesService(FamilyCasePort cases) {
        this.cases = cases;
    }

    @Override
    public Outcome<FamilyCase> byApplication(Caller caller, UUID applicationId) {
        return cases.loadByApplication(applicationId).filter(c -> mayRead(caller, c)).map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("family-case.not-found", applicationId.toString())));
    }

    @Override
    public List<FamilyCase> byFamily(Caller caller, String familyId) {
        return cases.loadByFamily(familyId).stream().filter(c -> mayRead(caller, c)).toList();
    }

    static boolean mayRead(Caller caller, FamilyCase c) {
        if (caller.hasAnyRole("auditor", "admin")) {
            return true;
        }
        return caller.hasRole("operator") && RegionCode.isKnown(c.regionCode())
                && caller.covers(new RegionCode(c.regionCode()));
    }
}
