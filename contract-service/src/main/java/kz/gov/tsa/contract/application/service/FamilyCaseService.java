package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.FindFamilyCasesQuery;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseUseCase;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FamilyCaseService implements OpenFamilyCaseUseCase, FindFamilyCasesQuery {

    private final FamilyCasePort cases;
    private final Clock clock;

    @Inject
    public FamilyCaseService(FamilyCasePort cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public FamilyCase open(OpenFamilyCaseCommand c) {
        return cases.loadByApplication(c.applicationId()).orElseGet(() -> {
            FamilyCase opened = FamilyCase.open(c.applicationId(), c.familyId(), c.regionCode(), c.quarter(),
                    c.memberCount(), c.receivedAt(), clock.instant());
            cases.saveNew(opened, c.cause());
            return opened;
        });
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
