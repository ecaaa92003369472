package kz.gov.tsa.employment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.domain.ProgrammeParameter;
import kz.gov.tsa.persistence.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** The Programme's limit in force on a day, from the dated table {@code programme_parameter} (V2, with sources). */
@ApplicationScoped
class ProgrammeParametersAdapter implements ProgrammeParametersPort {

    private static final String SQL = "SELECT value FROM programme_parameter WHERE parameter = ? AND valid_from <= ? "
            + "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC LIMIT 1";

    private final DataSource dataSource;

    @Inject
    ProgrammeParametersAdapter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<BigDecimal> valueOn(ProgrammeParameter parameter, LocalDate day) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = Jdbc.prepare(c, SQL, parameter.name(), day, day);
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the Programme parameter " + parameter, e);
        }
    }
}
