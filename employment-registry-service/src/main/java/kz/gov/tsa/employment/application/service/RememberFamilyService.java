package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.RememberFamilyUseCase;
import kz.gov.tsa.employment.application.port.out.FamilyOfPersonPort;

import java.time.Instant;
import java.util.List;

/** D-41: the family of each member of a decision, for the family id of later employment events. */
@ApplicationScoped
public class RememberFamilyService implements RememberFamilyUseCase {

    private final FamilyOfPersonPort families;

    @Inject
    public RememberFamilyService(FamilyOfPersonPort families) {
        this.families = families;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String familyId, List<String> personKeys, Instant decidedAt) {
        personKeys.forEach(k -> families.remember(k, familyId, decidedAt));
    }
}
