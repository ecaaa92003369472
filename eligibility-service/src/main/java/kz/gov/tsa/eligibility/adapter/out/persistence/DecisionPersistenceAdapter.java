package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.eligibility.application.port.in.PovertyStatisticsQuery;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.domain.Quarter;
import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.Decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Decisions in PostgreSQL, each change audited in the same transaction. */
@ApplicationScoped
class DecisionPersistenceAdapter implements DecisionStorePort {

    private static final int PAGE = 1000;

    private final AuditTrail audit;
    private final EntityManager em;

    @Inject
    DecisionPersistenceAdapter(AuditTrail audit, EntityManager em) {
        this.audit = audit;
        this.em = em;
    }

    @Override
    public void forEachDecision(Optional<RegionCode> region, Quarter from, Consumer<EligibilityDecision> action) {
        UUID last = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        String where = "quarter >= :from and revokedAt is null and id > :last"
                + (region.isPresent() ? " and regionCode = :region" : "");
        while (true) {
            var query = em.createQuery("from DecisionEntity where " + where + " order by id", DecisionEntity.class)
                    .setParameter("from", from.toString()).setParameter("last", last).setMaxResults(PAGE);
            region.ifPresent(r -> query.setParameter("region", r.value()));
            List<DecisionEntity> page = query.getResultList();
            for (DecisionEntity e : page) {
                action.accept(DecisionMapper.toDomain(e));
            }
            em.clear();
            if (page.size() < PAGE) {
                return;
            }
            last = page.getLast().id;
        }
    }

    @Override
    public List<PovertyStatisticsQuery.Line> povertyStatistics(int year, Optional<RegionCode> region) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select region_code, count(*),
                               count(*) filter (where per_capita_income <= poverty_line),
                               coalesce(sum(jsonb_array_length(inputs -> 'members')), 0),
                               coalesce(sum(jsonb_array_length(inputs -> 'members')) filter (where per_capita_income <= poverty_line), 0)
                        from decision
                        where quarter like :year and (cast(:region as text) is null or region_code = cast(:region as text))
                        group by region_code order by region_code""")
                .setParameter("year", year + "-%")
                .setParameter("region", region.map(RegionCode::value).orElse(null))
                .getResultList();
        return rows.stream().map(r -> new PovertyStatisticsQuery.Line(((String) r[0]).trim(), year,
                ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue())).toList();
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
