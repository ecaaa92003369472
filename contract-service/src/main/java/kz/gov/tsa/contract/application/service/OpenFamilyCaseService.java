package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseUseCase;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import java.time.Clock;

/** Opens the case of a received application once (a redelivery returns the existing case). */
@ApplicationScoped
public class OpenFamilyCaseService implements OpenFamilyCaseUseCase {

    private final FamilyCasePort cases;
    private final Clock clock;

    @Inject
    public OpenFamilyCaseService(FamilyCasePort cases, Clock clock) {
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
}
