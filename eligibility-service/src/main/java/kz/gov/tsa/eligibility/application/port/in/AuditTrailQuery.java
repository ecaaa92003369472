package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.eligibility.domain.AuditRecord;

import java.util.List;

/** The append-only audit trail of one entity (who, when, what, why), for auditors. */
public interface AuditTrailQuery {

    List<AuditRecord> trail(String entityType, String entityId);
}
