package kz.gov.tsa.contract.adapter.out.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Step;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.persistence.JsonDocuments;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Contracts in PostgreSQL: the aggregate as a JSON document beside the columns the queries and jobs use; every
 * write is version-checked and audited in the same transaction. The jobs claim rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never work on the same contract at once.
 */
@ApplicationScoped
class ContractPersistenceAdapter implements ContractStorePort {

    private static final String COLUMNS = "SELECT document::text, version FROM contract ";

    private final JsonDocuments<Contract> contracts;
    private final ObjectMapper json;
    private final AuditTrail audit;

    @Inject
    ContractPersistenceAdapter(DataSource dataSource, ObjectMapper json, AuditTrail audit) {
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.contracts = new JsonDocuments<>(dataSource, this.json, Contract.class, "contract", Contract::id,
                Contract::atVersion);
        this.audit = audit;
    }

    @Override
    public Optional<Contract> findById(UUID id) {
        return contracts.one(COLUMNS + "WHERE id = ?", id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Contract> findForUpdate(UUID id) {
        return contracts.one(COLUMNS + "WHERE id = ? FOR UPDATE", id);
    }

    @Override
    public Optional<Contract> findByDecision(UUID decisionId) {
        return contracts.one(COLUMNS + "WHERE decision_id = ?", decisionId);
    }

    @Override
    public List<Contract> findByFamily(String familyId) {
        return contracts.list(COLUMNS + "WHERE family_id = ? ORDER BY opened_at, id", familyId);
    }

    @Override
    public Optional<Contract> findRunningByFamily(String familyId) {
        return contracts.one(COLUMNS + "WHERE family_id = ? AND status IN ('SIGNED','EXTENDED') "
                + "ORDER BY opened_at DESC LIMIT 1", familyId);
    }

    @Override
    public Optional<Contract> findRunningByMember(String personKey) {
        String member = json.createArrayNode().add(json.createObjectNode().put("personKey", personKey)).toString();
        return contracts.one(COLUMNS + "WHERE status IN ('SIGNED','EXTENDED') "
                + "AND document->'members' @> CAST(? AS jsonb) ORDER BY opened_at DESC LIMIT 1", member);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(Step drafted, String actor) {
        Contract c = drafted.contract();
        String sql = """
                INSERT INTO contract (id, decision_id, application_id, family_id, region_code, status, signing_deadline,
                    term_end, pending_breaches, version, opened_at, updated_at, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (decision_id) DO NOTHING""";
        int rows = contracts.execute(sql, c.id(), c.decisionId(), c.applicationId(), c.familyId(),
                c.region().value(), c.status().name(), c.signingDeadline(), c.termEnd(), c.pendingBreaches().size(),
                Timestamp.from(c.openedAt()), Timestamp.from(Instant.now()), contracts.write(c.atVersion(1)));
        if (rows == 1) {
            audited(drafted, actor);
        }
        return rows == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Contract update(Step step, String actor) {
        Contract c = step.contract();
        Contract next = c.atVersion(c.version() + 1);
        String sql = """
                UPDATE contract SET status = ?, term_end = ?, pending_breaches = ?, version = ?, updated_at = ?,
                    document = CAST(? AS jsonb)
                WHERE id = ? AND version = ?""";
        int rows = contracts.execute(sql, c.status().name(), c.termEnd(), c.pendingBreaches().size(),
                next.version(), Timestamp.from(Instant.now()), contracts.write(next), c.id(), c.version());
        if (rows != 1) {
            throw new ConcurrentChangeException(c.id());
        }
        audited(step, actor);
        return next;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimOverdueDrafts(LocalDate today, int limit) {
        return contracts.ids("SELECT id FROM contract WHERE status = 'DRAFT' AND signing_deadline < ? "
                + "ORDER BY signing_deadline, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimEndedContracts(LocalDate today, int limit) {
        return contracts.ids("SELECT id FROM contract WHERE status IN ('SIGNED','EXTENDED') AND term_end < ? "
                + "ORDER BY term_end, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    public List<Contract> worklist(Worklist kind, LocalDate today, YearMonth month, Optional<RegionCode> region) {
        List<Object> args = new ArrayList<>();
        String where = switch (kind) {
            case TO_SIGN_TODAY -> {
                args.add(today);
                yield "status = 'DRAFT' AND signing_deadline = ?";
            }
            case OVERDUE -> {
                args.add(today);
                yield "status = 'DRAFT' AND signing_deadline < ?";
            }
            case ENDING_IN_MONTH -> {
                args.add(month.atDay(1));
                args.add(month.atEndOfMonth());
                yield "status IN ('SIGNED','EXTENDED') AND term_end BETWEEN ? AND ?";
            }
            case BREACHES_AWAITING_CONFIRMATION -> "pending_breaches > 0";
        };
        if (region.isPresent()) {
            where += " AND region_code = ?";
            args.add(region.get().value());
        }
        return contracts.list(COLUMNS + "WHERE " + where + " ORDER BY signing_deadline, id LIMIT 500",
                args.toArray());
    }

    // ------------------------------------------------------------------------------------------------

    private void audited(Step step, String actor) {
        Contract c = step.contract();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", c.status().name());
        details.put("familyId", c.familyId());
        details.put("region", c.region().value());
        details.put("decisionId", c.decisionId().toString());
        details.put("events", step.events().stream().map(e -> e.getClass().getSimpleName()).toList());
        audit.record(actor, step.action(), "Contract", c.id().toString(), step.reason(), details);
    }
}
