package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.Receipt;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores applications in PostgreSQL (Panache), with an audit record (tsa-audit) for every change, in the same transaction. */
@ApplicationScoped
class ApplicationPersistenceAdapter implements SaveApplicationPort, LoadApplicationPort {

    private final AuditTrail audit;

    @Inject
    ApplicationPersistenceAdapter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void saveNew(Application application, Optional<IdempotencyRecord> idempotency,
                        Optional<Receipt.PaperReceipt> paper) {
        ApplicationEntity entity = ApplicationMapper.toEntity(application);
        idempotency.ifPresent(i -> {
            entity.idempotencyKey = i.key();
            entity.fingerprint = i.fingerprint();
        });
        entity.persist();
        Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("channel", application.channel().name(),
                "region", application.region().value(), "quarter", application.quarter().toString(),
                "members", application.members().size(), "familyId", application.familyId()));
        paper.ifPresent(p -> {
            details.put("receivedOn", p.receivedOn().toString());
            details.put("backdated", true);
        });
        audit.record(application.submittedBy(), "APPLICATION_RECEIVED",
                "Application", application.id().toString(),
                paper.map(p -> "ELIG-03: paper application received on " + p.receivedOn() + ", entered later: "
                        + p.reason()).orElse("ELIG-10: awaits the precinct commission"), details);
    }

    @Override
    public void saveChange(Application application, String action, String actor, String reason) {
        ApplicationEntity entity = ApplicationEntity.findById(application.id());
        if (entity == null) {
            throw new IllegalStateException("no stored application " + application.id());
        }
        ApplicationMapper.applyState(application, entity);
        audit.record(actor, action, "Application", application.id().toString(), reason,
                Map.of("status", application.status().name()));
    }

    @Override
    public Optional<Application> loadForUpdate(UUID id) {
        return ApplicationEntity.<ApplicationEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(ApplicationMapper::toDomain);
    }

    @Override
    public Optional<Application> load(UUID id) {
        return ApplicationEntity.<ApplicationEntity>findByIdOptional(id).map(ApplicationMapper::toDomain);
    }

    @Override
    public Optional<KeyedApplication> loadByIdempotencyKey(String actor, String key) {
        // concurrent submissions with the same key wait here for the first one's commit, then find it
        ApplicationEntity.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 0))")
                .setParameter("k", actor.length() + ":" + actor + key)
                .getSingleResult();
        return ApplicationEntity.<ApplicationEntity>find("submittedBy = ?1 and idempotencyKey = ?2", actor, key)
                .firstResultOptional()
                .map(e -> new KeyedApplication(ApplicationMapper.toDomain(e), e.fingerprint));
    }
}
