package kz.gov.tsa.eligibility.application.port.out;

import kz.gov.tsa.eligibility.application.port.in.AuditTrailQuery;

import java.util.List;

/** Reads the audit trail. */
public interface LoadAuditTrailPort {
    List<AuditTrailQuery.Entry> load(String entityType, String entityId);
}
