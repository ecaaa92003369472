package kz.gov.tsa.contract.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.domain.FamilyCase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Family cases in PostgreSQL, each change audited in the same transaction. */
@ApplicationScoped
class FamilyCasePersistenceAdapter implements FamilyCasePort {

    private final AuditTrail audit;

    @Inject
    FamilyCasePersistenceAdapter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void saveNew(FamilyCase c, String actor) {
        FamilyCaseEntity e = new FamilyCaseEntity();
        e.applicationId = c.applicationId();
        e.familyId = c.familyId();
        e.regionCode = c.regionCode();
        e.quarter = c.quarter();
        e.memberCount = c.memberCount();
        e.applicationReceivedAt = c.applicationReceivedAt();
        e.openedAt = c.openedAt();
        e.status = c.status().name();
        e.persist();
        audit.record(actor, "FAMILY_CASE_OPENED", "FamilyCase", c.applicationId().toString(),
                "application received; awaits the eligibility decision (ELIG-09)",
                Map.of("familyId", c.familyId(), "region", c.regionCode(), "quarter", c.quarter()));
    }

    @Override
    public void saveStatus(FamilyCase c, String actor, String reason) {
        FamilyCaseEntity e = FamilyCaseEntity.<FamilyCaseEntity>findByIdOptional(c.applicationId()).orElseThrow();
        String before = e.status;
        e.status = c.status().name();
        audit.record(actor, "FAMILY_CASE_" + c.status().name(), "FamilyCase", c.applicationId().toString(), reason,
                Map.of("familyId", c.familyId(), "statusBefore", before, "status", e.status));
    }

    @Override
    public Optional<FamilyCase> loadByApplication(UUID applicationId) {
        return FamilyCaseEntity.<FamilyCaseEntity>findByIdOptional(applicationId).map(FamilyCasePersistenceAdapter::toDomain);
    }

    @Override
    public List<FamilyCase> loadByFamily(String familyId) {
        return FamilyCaseEntity.<FamilyCaseEntity>list("familyId = ?1 order by openedAt", familyId).stream()
                .map(FamilyCasePersistenceAdapter::toDomain).toList();
    }

    private static FamilyCase toDomain(FamilyCaseEntity e) {
        return new FamilyCase(e.applicationId, e.familyId, e.regionCode, e.quarter, e.memberCount,
                e.applicationReceivedAt, e.openedAt, FamilyCase.Status.valueOf(e.status));
    }
}
