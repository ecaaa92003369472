package kz.gov.tsa.contract.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final AuditTrail audit;

    @Inject
    ContractPersistenceAdapter(DataSource dataSource, ObjectMapper json, AuditTrail audit) {
        this.dataSource = dataSource;
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.audit = audit;
    }

    @Override
    public Optional<Contract> findById(UUID id) {
        return one(COLUMNS + "WHERE id = ?", id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Contract> findForUpdate(UUID id) {
        return one(COLUMNS + "WHERE id = ? FOR UPDATE", id);
    }

    @Override
    public Optional<Contract> findByDecision(UUID decisionId) {
        return one(COLUMNS + "WHERE decision_id = ?", decisionId);
    }

    @Override
    public List<Contract> findByFamily(String familyId) {
        return list(COLUMNS + "WHERE family_id = ? ORDER BY opened_at, id", familyId);
    }

    @Override
    public Optional<Contract> findRunningByFamily(String familyId) {
        return list(COLUMNS + "WHERE family_id = ? AND status IN ('SIGNED','EXTENDED') ORDER BY opened_at DESC LIMIT 1",
                familyId).stream().findFirst();
    }

    @Override
    public Optional<Contract> findRunningByMember(String personKey) {
        String member = json.createArrayNode().add(json.createObjectNode().put("personKey", personKey)).toString();
        return list(COLUMNS + "WHERE status IN ('SIGNED','EXTENDED') AND document->'members' @> CAST(? AS jsonb) "
                + "ORDER BY opened_at DESC LIMIT 1", member).stream().findFirst();
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
        int rows = execute(sql, c.id(), c.decisionId(), c.applicationId(), c.familyId(), c.region().value(),
                c.status().name(), c.signingDeadline(), c.termEnd(), c.pendingBreaches().size(),
                Timestamp.from(c.openedAt()), Timestamp.from(Instant.now()), write(c.atVersion(1)));
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
        int rows = execute(sql, c.status().name(), c.termEnd(), c.pendingBreaches().size(), next.version(),
                Timestamp.from(Instant.now()), write(next), c.id(), c.version());
        if (rows != 1) {
            throw new ConcurrentChangeException(c.id());
        }
        audited(step, actor);
        return next;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimOverdueDrafts(LocalDate today, int limit) {
        return ids("SELECT id FROM contract WHERE status = 'DRAFT' AND signing_deadline < ? "
                + "ORDER BY signing_deadline, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimEndedContracts(LocalDate today, int limit) {
        return ids("SELECT id FROM contract WHERE status IN ('SIGNED','EXTENDED') AND term_end < ? "
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
        return list(COLUMNS + "WHERE " + where + " ORDER BY signing_deadline, id LIMIT 500", args.toArray());
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

    private String write(Contract c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract " + c.id() + " cannot be written as JSON", e);
        }
    }

    private Contract read(String document, long version) {
        try {
            return json.readValue(document, Contract.class).atVersion(version);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored contract cannot be read", e);
        }
    }

    private Optional<Contract> one(String sql, Object... args) {
        return list(sql, args).stream().findFirst();
    }

    private List<Contract> list(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, args);
             ResultSet rs = st.executeQuery()) {
            List<Contract> out = new ArrayList<>();
            while (rs.next()) {
                out.add(read(rs.getString(1), rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read contracts", e);
        }
    }

    private List<UUID> ids(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, args);
             ResultSet rs = st.executeQuery()) {
            List<UUID> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim contracts", e);
        }
    }

    private int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, args)) {
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a contract", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof LocalDate d) {
                st.setDate(i + 1, Date.valueOf(d));
            } else if (a == null) {
                st.setObject(i + 1, null);
            } else {
                st.setObject(i + 1, a);
            }
        }
        return st;
    }
}
