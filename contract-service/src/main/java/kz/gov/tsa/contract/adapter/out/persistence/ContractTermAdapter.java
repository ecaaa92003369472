package kz.gov.tsa.contract.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.out.ContractTermPort;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** CON-04: the term in force on a day, from table {@code contract_term} (seeded by Flyway with its source). */
@ApplicationScoped
class ContractTermAdapter implements ContractTermPort {

    private final DataSource dataSource;

    @Inject
    ContractTermAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Integer> termMonthsOn(LocalDate day) {
        String sql = "SELECT months FROM contract_term WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                + "ORDER BY valid_from DESC LIMIT 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(day));
            st.setDate(2, Date.valueOf(day));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the CON-04 contract term", e);
        }
    }
}
