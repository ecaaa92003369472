package kz.gov.tsa.payment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pending applications in PostgreSQL; each insert audited in the same transaction. */
@ApplicationScoped
class PendingApplicationPersistenceAdapter implements PendingApplicationStore {

    private final AuditTrail audit;
    private final EntityManager em;

    @Inject
    PendingApplicationPersistenceAdapter(AuditTrail audit, EntityManager em) {
        this.audit = audit;
        this.em = em;
    }

    @Override
    public boolean insertIfAbsent(PendingApplication a, String actor) {
        if (PendingApplicationEntity.findByIdOptional(a.applicationId()).isPresent()) {
            return false;
        }
        PendingApplicationEntity e = new PendingApplicationEntity();
        e.applicationId = a.applicationId();
        e.familyId = a.familyId();
        e.regionCode = a.regionCode();
        e.quarter = a.quarter();
        e.memberCount = a.memberCount();
        e.receivedAt = a.receivedAt();
        e.recordedAt = Instant.now();
        e.persist();
        audit.record(actor, "PENDING_APPLICATION_RECORDED", "PendingApplication", a.applicationId().toString(),
                "application received; payments follow its decision (PAY-01)",
                Map.of("familyId", a.familyId(), "region", a.regionCode(), "quarter", a.quarter()));
        return true;
    }

    @Override
    public boolean remove(UUID applicationId, Leaving why, String actor) {
        var found = PendingApplicationEntity.<PendingApplicationEntity>findByIdOptional(applicationId);
        if (found.isEmpty()) {
            return false;
        }
        found.get().delete();
        audit.record(actor, "PENDING_APPLICATION_" + why.name(), "PendingApplication", applicationId.toString(),
                switch (why) {
                    case DECIDED -> "application decided: no longer pending; payments follow the decision (PAY-01)";
                    case WITHDRAWN -> "application withdrawn before its decision: nothing is paid on it (D-97)";
                }, Map.of("familyId", found.get().familyId));
        return true;
    }

    @Override
    public Optional<PendingApplication> find(UUID applicationId) {
        return PendingApplicationEntity.<PendingApplicationEntity>findByIdOptional(applicationId)
                .map(e -> new PendingApplication(e.applicationId, e.familyId, e.regionCode, e.quarter, e.memberCount,
                        e.receivedAt));
    }

    @Override
    public PipelineSummary summarise(Optional<String> regionCode, Optional<String> quarter) {
        List<Object[]> rows = em.createQuery("""
                        select p.regionCode, p.quarter, count(p), sum(p.memberCount)
                        from PendingApplicationEntity p
                        where (:region is null or p.regionCode = :region) and (:quarter is null or p.quarter = :quarter)
                        group by p.regionCode, p.quarter order by p.regionCode, p.quarter""", Object[].class)
                .setParameter("region", regionCode.orElse(null))
                .setParameter("quarter", quarter.orElse(null))
                .getResultList();
        return new PipelineSummary(rows.stream()
                .map(r -> new PipelineSummary.Line((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList());
    }
}
