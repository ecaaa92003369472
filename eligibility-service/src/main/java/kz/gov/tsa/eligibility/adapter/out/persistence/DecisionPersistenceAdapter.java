package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.audit.AuditTrail;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredCase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
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

    private static final int SNAPSHOT_PAGE = 5000;

    private final AuditTrail audit;
    private final EntityManager em;
    private final DataSource dataSource;
    private final ObjectMapper json;

    @Inject
    DecisionPersistenceAdapter(AuditTrail audit, EntityManager em, DataSource dataSource, ObjectMapper json) {
        this.audit = audit;
        this.em = em;
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public void forEachStoredCase(Optional<RegionCode> region, Quarter from, Consumer<StoredCase> action) {
        String sql = "select region_code, quarter, kind, monthly_amount, commission_confirmed, inputs::text, "
                + "parameters::text from decision where quarter >= ? and revoked_at is null"
                + (region.isPresent() ? " and region_code = ?" : "");
        List<RawCase> page = new java.util.ArrayList<>(SNAPSHOT_PAGE);
        forEachRow(sql, region, from, rs -> {
            page.add(new RawCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    rs.getBoolean(5), rs.getString(6), rs.getString(7)));
            if (page.size() == SNAPSHOT_PAGE) {
                handOver(page, action);
            }
        });
        handOver(page, action);
    }

    /**
     * D-95: the compact columns written with each decision ({@code member_count}, {@code applicant_may_apply}, with
     * {@code per_capita_income} and {@code commission_confirmed}); the JSON snapshot is read only for a row that
     * lacks one of them (none after V24's back-fill), and its basis derived by the domain as when it is stored.
     */
    @Override
    public void forEachStoredBasis(Optional<RegionCode> region, Quarter from, Consumer<StoredBasis> action) {
        String sql = "select region_code, quarter, kind, monthly_amount, commission_confirmed, per_capita_income, "
                + "member_count, applicant_may_apply, "
                + "case when " + COMPACT_MISSING + " then inputs::text end, "
                + "case when " + COMPACT_MISSING + " then parameters::text end "
                + "from decision where quarter >= ? and revoked_at is null"
                + (region.isPresent() ? " and region_code = ?" : "");
        Map<String, RegionCode> regions = new java.util.HashMap<>();
        Map<String, Quarter> quarters = new java.util.HashMap<>();
        forEachRow(sql, region, from, rs -> {
            RegionCode regionCode = regions.computeIfAbsent(rs.getString(1), r -> new RegionCode(r.trim()));
            Quarter quarter = quarters.computeIfAbsent(rs.getString(2), Quarter::parse);
            boolean refused = "REFUSED".equals(rs.getString(3));
            java.math.BigDecimal amount = rs.getBigDecimal(4);
            boolean confirmed = rs.getBoolean(5);
            java.math.BigDecimal perCapita = rs.getBigDecimal(6);
            int members = rs.getInt(7);
            boolean membersKnown = !rs.wasNull();
            boolean mayApply = rs.getBoolean(8);
            boolean mayApplyKnown = !rs.wasNull();
            ReassessmentBasis basis = perCapita != null && membersKnown && mayApplyKnown
                    ? new ReassessmentBasis(confirmed, mayApply, new Tenge(perCapita), members)
                    : basisOf(rs.getString(9), rs.getString(10), confirmed);
            action.accept(new StoredBasis(regionCode, quarter, basis,
                    refused ? Optional.empty() : Optional.of(new Tenge(amount))));
        });
    }

    private static final String COMPACT_MISSING =
            "(per_capita_income is null or member_count is null or applicant_may_apply is null)";

    /** A row stored without the compact columns: its basis from the full snapshot, as {@link DecisionMapper} writes it. */
    private ReassessmentBasis basisOf(String inputsJson, String parametersJson, boolean confirmed) {
        try {
            var in = json.readValue(inputsJson, DecisionEntity.InputsRow.class);
            var p = json.readValue(parametersJson, DecisionEntity.ParametersRow.class);
            return ReassessmentBasis.of(inputsOf(in), DecisionMapper.toDomain(p), confirmed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision snapshot could not be read", e);
        }
    }

    private static EligibilityCase inputsOf(DecisionEntity.InputsRow in) {
        return new EligibilityCase(in.members().stream().map(ApplicationMapper::toDomain).toList(),
                Quarter.parse(in.quarter()), in.applicationDate(), in.decisionDate());
    }

    /** One row of a forward-only read. */
    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** One query read through a server-side cursor (fetch size, in a read-only transaction): no re-sorting per page. */
    private void forEachRow(String sql, Optional<RegionCode> region, Quarter from, RowHandler handler) {
        try (Connection c = dataSource.getConnection()) {
            boolean ownTransaction = c.getAutoCommit();
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setFetchSize(SNAPSHOT_PAGE);
                st.setString(1, from.toString());
                if (region.isPresent()) {
                    st.setString(2, region.get().value());
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            } finally {
                if (ownTransaction) {
                    c.rollback(); // read-only
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read stored decisions", e);
        }
    }

    /** Parsing the JSON snapshots is the costly part: spread it over the cores, hand over in order. */
    private void handOver(List<RawCase> page, Consumer<StoredCase> action) {
        page.parallelStream().map(this::storedCase).toList().forEach(action);
        page.clear();
    }

    /** One decision row as read, before its JSON is parsed. */
    private record RawCase(String region, String quarter, String kind, java.math.BigDecimal amount, boolean confirmed,
                           String inputs, String parameters) {
    }

    private StoredCase storedCase(RawCase raw) {
        try {
            var in = json.readValue(raw.inputs(), DecisionEntity.InputsRow.class);
            var p = json.readValue(raw.parameters(), DecisionEntity.ParametersRow.class);
            EligibilityCase inputs = inputsOf(in);
            DecisionParameters parameters = DecisionMapper.toDomain(p);
            Optional<Tenge> assigned = "REFUSED".equals(raw.kind()) ? Optional.empty() : Optional.of(new Tenge(raw.amount()));
            return new StoredCase(new RegionCode(raw.region().trim()), Quarter.parse(raw.quarter()), inputs, parameters,
                    raw.confirmed(), assigned);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision snapshot could not be read", e);
        }
    }

    @Override
    public List<PovertyStatisticsLine> povertyStatistics(int year, Optional<RegionCode> region) {
        // REF-06 counts a family "below" the line only when its per-capita income is strictly less than the PL
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select region_code, count(*),
                               count(*) filter (where per_capita_income < poverty_line),
                               coalesce(sum(jsonb_array_length(inputs -> 'members')), 0),
                               coalesce(sum(jsonb_array_length(inputs -> 'members')) filter (where per_capita_income < poverty_line), 0)
                        from decision
                        where quarter like :year and (cast(:region as text) is null or region_code = cast(:region as text))
                        group by region_code order by region_code""")
                .setParameter("year", year + "-%")
                .setParameter("region", region.map(RegionCode::value).orElse(null))
                .getResultList();
        return rows.stream().map(r -> new PovertyStatisticsLine(((String) r[0]).trim(), year,
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
