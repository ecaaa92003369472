package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.domain.AuditRecord;

import java.util.List;

/** Reads the audit trail. */
public interface LoadAuditTrailPort {
    List<AuditRecord> load(String entityType, String entityId);
}
