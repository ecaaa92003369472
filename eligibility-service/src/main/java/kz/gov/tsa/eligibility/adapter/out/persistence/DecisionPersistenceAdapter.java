package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.Decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Decisions in PostgreSQL, each change audited in the same transaction. */
@ApplicationScoped
class DecisionPersistenceAdapter implements DecisionStorePort {

    private final AuditTrail audit;

    @Inject
    DecisionPersistenceAdapter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void saveNew(EligibilityDecision decision) {
        DecisionEntity entity = DecisionMapper.toEntity(decision);
        entity.persist();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("applicationId", decision.applicationId().toString());
        details.put("kind", entity.kind);
        details.put("ruleIds", decision.outcome().explanation().ruleIds());
        if (decision.outcome() instanceof Decision.Assignment a) {
            details.put("monthlyAmount", a.monthlyAmount().toString());
        }
        audit.record(decision.decidedBy(), "DECIDED", "Decision", decision.id().toString(),
                entity.refusalRuleId == null ? "assigned" : "refused: " + entity.refusalRuleId, details);
    }

    @Override
    public void saveRevocation(EligibilityDecision revoked) {
        DecisionEntity entity = DecisionEntity.findById(revoked.id());
        DecisionMapper.applyRevocation(revoked, entity);
        var r = revoked.revocation().orElseThrow();
        audit.record(r.revokedBy(), "REVOKED", "Decision", revoked.id().toString(), "CON-06 (2): " + r.reason(),
                Map.of("applicationId", revoked.applicationId().toString()));
    }

    @Override
    public Optional<EligibilityDecision> findById(UUID id) {
        return DecisionEntity.<DecisionEntity>findByIdOptional(id).map(DecisionMapper::toDomain);
    }

    @Override
    public Optional<EligibilityDecision> findByApplication(UUID applicationId) {
        return DecisionEntity.<DecisionEntity>find("applicationId", applicationId).firstResultOptional()
                .map(DecisionMapper::toDomain);
    }
}
