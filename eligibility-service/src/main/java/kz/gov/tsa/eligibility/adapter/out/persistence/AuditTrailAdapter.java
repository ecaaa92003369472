package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.eligibility.domain.AuditRecord;
import kz.gov.tsa.eligibility.application.port.out.LoadAuditTrailPort;

import java.util.List;

/** The audit trail of tsa-audit, read for the auditor API. */
@ApplicationScoped
class AuditTrailAdapter implements LoadAuditTrailPort {

    private final AuditTrail audit;

    @Inject
    AuditTrailAdapter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public List<AuditRecord> load(String entityType, String entityId) {
        return audit.forEntity(entityType, entityId).stream()
                .map(e -> new AuditRecord(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(),
                        e.entityId(), e.reason(), e.details()))
                .toList();
    }
}
