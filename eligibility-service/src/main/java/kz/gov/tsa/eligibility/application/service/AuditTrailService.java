package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.AuditTrailQuery;
import kz.gov.tsa.eligibility.domain.AuditRecord;
import kz.gov.tsa.eligibility.application.port.out.LoadAuditTrailPort;

import java.util.List;

@ApplicationScoped
public class AuditTrailService implements AuditTrailQuery {

    private final LoadAuditTrailPort trail;

    @Inject
    public AuditTrailService(LoadAuditTrailPort trail) {
        this.trail = trail;
    }

    @Override
    public List<AuditRecord> trail(String entityType, String entityId) {
        return trail.load(entityType, entityId);
    }
}
