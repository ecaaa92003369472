package kz.gov.tsa.employment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.employment.application.port.out.ReferenceValuesPort;
import kz.gov.tsa.employment.application.port.out.SaveReferenceValuePort;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.persistence.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * D-40: the local dated copy of eligibility-service's reference values ({@code reference_value}). On a day, the
 * version with the latest {@code valid_from} not after it (and not expired) counts; among versions of the same
 * (parameter, valid_from) the highest — leaving out a version withdrawn from that day or before (D-99,
 * {@code reference_value_withdrawn}).
 */
@ApplicationScoped
class ReferenceValuesAdapter implements ReferenceValuesPort, SaveReferenceValuePort {

    static final String MCI = "MCI.SOCIAL_PAYMENTS";

    private static final String ON_DAY = "SELECT value FROM reference_value r WHERE parameter = ? AND valid_from <= ? "
            + "AND (valid_to IS NULL OR valid_to >= ?) AND NOT EXISTS (SELECT 1 FROM reference_value_withdrawn w "
            + "WHERE w.parameter = r.parameter AND w.version = r.version AND w.from_day <= ?) "
            + "ORDER BY valid_from DESC, version DESC LIMIT 1";

    private final DataSource dataSource;
    private final AuditTrail audit;

    @Inject
    ReferenceValuesAdapter(DataSource dataSource, AuditTrail audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public Optional<BigDecimal> mciOn(LocalDate day) {
        return valueOn(MCI, day);
    }

    @Override
    public Optional<BigDecimal> retirementAgeOn(Sex sex, LocalDate day) {
        return valueOn("RETIREMENT_AGE." + sex.name(), day);
    }

    private Optional<BigDecimal> valueOn(String parameter, LocalDate day) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, ON_DAY, parameter, day, day, day);
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the reference value " + parameter, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(Withdrawal w, String actor) {
        String sql = """
                INSERT INTO reference_value_withdrawn (parameter, version, from_day, valid_from, withdrawn_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, sql, w.parameter(),
                w.version(), w.from(), w.validFrom(), w.withdrawnAt(), w.eventId())) {
            boolean stored = st.executeUpdate() == 1;
            if (stored) {
                audit.record(actor, "REFERENCE_VALUE_WITHDRAWN", "ReferenceValue",
                        w.parameter() + "@" + w.validFrom() + "#" + w.version(),
                        "no longer counts from " + w.from() + " (D-99)",
                        Map.of("from", w.from().toString(), "version", w.version()));
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the withdrawal of " + w.parameter(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean save(Version v, String actor) {
        String sql = """
                INSERT INTO reference_value (parameter, valid_from, valid_to, value, version, source, published_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = Jdbc.prepare(c, sql, v.parameter(),
                v.validFrom(), v.validTo(), v.value(), v.version(), v.source(), v.publishedAt(), v.eventId())) {
            boolean stored = st.executeUpdate() == 1;
            if (stored) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("value", v.value().toPlainString());
                details.put("validFrom", v.validFrom().toString());
                if (v.validTo() != null) { // audit details hold no nulls
                    details.put("validTo", v.validTo().toString());
                }
                details.put("version", v.version());
                audit.record(actor, "REFERENCE_VALUE_RECEIVED", "ReferenceValue",
                        v.parameter() + "@" + v.validFrom() + "#" + v.version(), v.source(), details);
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the reference value " + v.parameter(), e);
        }
    }
}
