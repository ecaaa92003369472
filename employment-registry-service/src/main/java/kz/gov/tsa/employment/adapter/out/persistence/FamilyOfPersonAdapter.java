package kz.gov.tsa.employment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.out.FamilyOfPersonPort;
import kz.gov.tsa.persistence.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** D-41: {@code person_family}, the latest decision's family of each person. */
@ApplicationScoped
class FamilyOfPersonAdapter implements FamilyOfPersonPort {

    private final DataSource dataSource;

    @Inject
    FamilyOfPersonAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> familyOf(String personKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Jdbc.prepare(c, "SELECT family_id FROM person_family WHERE person_key = ?", personKey);
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a person's family", e);
        }
    }

    @Override
    public void remember(String personKey, String familyId, Instant decidedAt) {
        String sql = """
                INSERT INTO person_family (person_key, family_id, decided_at) VALUES (?, ?, ?)
                ON CONFLICT (person_key) DO UPDATE SET family_id = EXCLUDED.family_id, decided_at = EXCLUDED.decided_at,
                    updated_at = now()
                WHERE person_family.decided_at <= EXCLUDED.decided_at""";
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Jdbc.prepare(c, sql, personKey, familyId, decidedAt)) {
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a person's family", e);
        }
    }
}
