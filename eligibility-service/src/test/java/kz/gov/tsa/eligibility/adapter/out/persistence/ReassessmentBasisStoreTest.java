package kz.gov.tsa.eligibility.adapter.out.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.domain.CareDuty;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.eligibility.domain.decision.CommissionGate;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;
import kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import kz.gov.tsa.eligibility.domain.simulation.StoredBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredCase;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-95: the compact what-if basis written with each stored decision ({@code member_count}, {@code applicant_may_apply}
 * beside {@code per_capita_income} and {@code commission_confirmed}) is the one the domain derives from the
 * snapshot; V24 back-fills the same values for rows stored without it; a row still without it is read from its
 * snapshot; and the compact pass counts the same as the full replay of the snapshots (REF-04/05).
 */
@QuarkusTest
class ReassessmentBasisStoreTest {

    static final String REGION = "390000000"; // Kostanay: no other test stores decisions there
    static final Quarter QUARTER = Quarter.parse("2024-Q2");
    static final LocalDate APPLIED = LocalDate.of(2024, 4, 10);
    static final LocalDate DECIDED = LocalDate.of(2024, 4, 20);
    static final DecisionParameters PARAMS = new DecisionParameters(Tenge.of("30384.90"), BigDecimal.valueOf(63),
            BigDecimal.valueOf(61), 6, List.of());

    @Inject
    DecisionStorePort store;
    @Inject
    DataSource dataSource;

    static FamilyMember member(LocalDate born, boolean male, FamilyMember.Relation relation, ResidencyStatus status,
                               Set<CareDuty> care, String... monthlyIncomes) {
        List<MonthlyIncome> incomes = new ArrayList<>();
        for (int i = 0; i < monthlyIncomes.length; i++) {
            incomes.add(new MonthlyIncome(YearMonth.of(2024, 1 + i), MonthlyIncome.IncomeKind.WAGES,
                    Tenge.of(monthlyIncomes[i])));
        }
        return new FamilyMember(Iin.parse(TestIins.next(born, male)), born, relation, status, Disability.NONE, false,
                false, care, EmploymentStatus.EMPLOYED, incomes);
    }

    static FamilyMember applicant(LocalDate born, boolean male, String... incomes) {
        return member(born, male, FamilyMember.Relation.APPLICANT, ResidencyStatus.CITIZEN, Set.of(), incomes);
    }

    /** Varied families: conditional, care of a child turning 7 on the decision date, retirement age on the day, ELIG-02/03/04/10. */
    static List<Object[]> families() {
        LocalDate turning7 = DECIDED.minusYears(7);
        return List.of(
                new Object[] {List.of(applicant(LocalDate.of(1988, 3, 3), true, "20000.00", "20000.00", "20000.00")), true},
                new Object[] {List.of(member(LocalDate.of(1990, 1, 1), false, FamilyMember.Relation.APPLICANT,
                        ResidencyStatus.CITIZEN, Set.of(CareDuty.CHILD_UNDER_7), "30000.00", "30000.00", "30000.00"),
                        member(turning7, true, FamilyMember.Relation.CHILD, ResidencyStatus.CITIZEN, Set.of()),
                        member(LocalDate.of(2021, 5, 5), false, FamilyMember.Relation.CHILD, ResidencyStatus.CITIZEN,
                                Set.of())), true},
                new Object[] {List.of(applicant(APPLIED.minusYears(61), false, "10000.00", "10000.00", "10000.00")), true},
                new Object[] {List.of(member(LocalDate.of(1985, 6, 6), true, FamilyMember.Relation.APPLICANT,
                        ResidencyStatus.OTHER, Set.of())), true},
                new Object[] {List.of(applicant(LocalDate.of(1980, 2, 2), true)), false},
                new Object[] {List.of(applicant(LocalDate.of(1979, 7, 7), true, "100000.00", "100000.00", "100000.00")), true},
                // exactly at the line: 3 × 30 384.90 → per-capita 30 384.90 → ELIG-04 no amount
                new Object[] {List.of(applicant(LocalDate.of(1991, 9, 9), false, "30384.90", "30384.90", "30384.90")), true});
    }

    @Test
    void D95_REF04_theCompactBasisIsStoredWithTheDecisionBackFilledByV24AndCountsAsTheFullReplay() throws Exception {
        Map<UUID, ReassessmentBasis> expected = new HashMap<>();
        for (Object[] f : families()) {
            @SuppressWarnings("unchecked") List<FamilyMember> members = (List<FamilyMember>) f[0];
            boolean confirmed = (Boolean) f[1];
            var inputs = new EligibilityCase(members, QUARTER, APPLIED, DECIDED);
            Decision outcome = CommissionGate.decide(inputs, PARAMS, confirmed);
            UUID id = UUID.randomUUID();
            UUID applicationId = UUID.randomUUID();
            insertApplication(applicationId);
            var decision = new EligibilityDecision(id, applicationId, "F-basis-" + id, new RegionCode(REGION), QUARTER,
                    inputs, confirmed, PARAMS, outcome, "test", Instant.now(), Optional.empty(), null);
            QuarkusTransaction.requiringNew().run(() -> store.saveNew(decision));
            expected.put(id, ReassessmentBasis.of(inputs, PARAMS, confirmed));
        }
        assertThat(expected.values()).extracting(ReassessmentBasis::members).contains(1, 3);
        assertThat(expected.values()).extracting(ReassessmentBasis::applicantMayApply).contains(true, false);

        // written with the decision
        assertThat(storedColumns()).isEqualTo(expected);
        List<Tenge> lines = List.of(Tenge.of("17362.80"), Tenge.of("30384.90"), Tenge.of("30384.91"),
                Tenge.of("45000.00"));
        assertCompactCountsAsFull(lines);

        // a row stored without them is read from its snapshot, then V24's back-fill writes the same values
        clearCompactColumns();
        assertThat(storedColumns().values()).allSatisfy(b -> assertThat(b).isNull());
        assertCompactCountsAsFull(lines);
        runMigration("db/migration/V24__decision_reassessment_basis.sql");
        assertThat(storedColumns()).isEqualTo(expected);
    }

    void assertCompactCountsAsFull(List<Tenge> lines) {
        Optional<RegionCode> region = Optional.of(new RegionCode(REGION));
        List<StoredCase> full = new ArrayList<>();
        List<StoredBasis> compact = new ArrayList<>();
        store.forEachStoredCase(region, QUARTER, full::add);
        store.forEachStoredBasis(region, QUARTER, compact::add);
        assertThat(compact).hasSize(families().size()).hasSameSizeAs(full);
        for (Tenge pl : lines) {
            var a = new PovertyLineSimulation();
            var b = new PovertyLineSimulation();
            full.forEach(c -> a.add(c, pl));
            compact.forEach(c -> b.add(c, pl));
            var x = a.result().total();
            var y = b.result().total();
            assertThat(List.of(y.families(), y.stayEligible(), y.becomeEligible(), y.becomeIneligible(),
                    y.stayIneligible(), y.monthlyCostBefore(), y.monthlyCostAfter())).as("under %s", pl)
                    .isEqualTo(List.of(x.families(), x.stayEligible(), x.becomeEligible(), x.becomeIneligible(),
                            x.stayIneligible(), x.monthlyCostBefore(), x.monthlyCostAfter()));
        }
        // three assigned (the single man, the mother, the woman of retirement age); the four refusals have none
        assertThat(compact).filteredOn(c -> c.assignedAmount().isPresent()).hasSize(3);
    }

    Map<UUID, ReassessmentBasis> storedColumns() throws Exception {
        Map<UUID, ReassessmentBasis> stored = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "select id, commission_confirmed, applicant_may_apply, per_capita_income, member_count from decision "
                        + "where region_code = ?")) {
            st.setString(1, REGION);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean mayApply = rs.getBoolean(3);
                    boolean known = !rs.wasNull();
                    int members = rs.getInt(5);
                    known &= !rs.wasNull();
                    stored.put(rs.getObject(1, UUID.class), known ? new ReassessmentBasis(rs.getBoolean(2), mayApply,
                            new Tenge(rs.getBigDecimal(4)), members) : null);
                }
            }
        }
        return stored;
    }

    void clearCompactColumns() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(
                "update decision set member_count = null, applicant_may_apply = null where region_code = ?")) {
            st.setString(1, REGION);
            assertThat(st.executeUpdate()).isEqualTo(families().size());
        }
    }

    void runMigration(String resource) throws Exception {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    void insertApplication(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                insert into application (id, family_id, region_code, quarter, channel, submitted_by, received_at, status,
                                         members, living_conditions)
                values (?, ?, ?, ?, 'OPERATOR', 'test', timestamptz '2024-04-10 10:00+05', 'DECIDED', '[]'::jsonb,
                        '{"ownsHousing":false,"subsidiaryFarm":false,"ownsCar":false,"livingAreaSquareMetres":0}'::jsonb)""")) {
            st.setObject(1, id);
            st.setString(2, "F-basis-" + id);
            st.setString(3, REGION);
            st.setString(4, QUARTER.toString());
            st.executeUpdate();
        }
    }
}
