package kz.gov.tsa.eligibility.domain.simulation;

import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.ResidencyStatus;
import kz.gov.tsa.eligibility.domain.Disability;
import kz.gov.tsa.eligibility.domain.EmploymentStatus;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** REF-04/05 what-if: stored families decided again with another poverty line, counted per region. */
class PovertyLineSimulationTest {

    static final DecisionParameters PARAMS = new DecisionParameters(Tenge.of("30384.90"), BigDecimal.valueOf(63),
            BigDecimal.valueOf(61), 6, List.of());

    /** A single able-bodied man earning {@code monthly} in each month of 2024-Q1, stored with {@code assigned}. */
    static StoredCase single(String region, long monthly, Optional<Tenge> assigned) {
        var incomes = List.of(1, 2, 3).stream()
                .map(m -> new MonthlyIncome(YearMonth.of(2024, m), MonthlyIncome.IncomeKind.WAGES, Tenge.of(monthly))).toList();
        var man = new FamilyMember(Iin.parse("880303300009"), LocalDate.of(1988, 3, 3), FamilyMember.Relation.APPLICANT,
                ResidencyStatus.CITIZEN, Disability.NONE, false, false, Set.of(), EmploymentStatus.EMPLOYED, incomes);
        var inputs = new EligibilityCase(List.of(man), Quarter.parse("2024-Q2"), LocalDate.of(2024, 4, 10),
                LocalDate.of(2024, 4, 20));
        return new StoredCase(new RegionCode(region), Quarter.parse("2024-Q2"), inputs, PARAMS, true, assigned);
    }

    @Test
    void REF04_aLowerLineMakesSomeFamiliesIneligibleAndLowersTheMonthlyCost() {
        var simulation = new PovertyLineSimulation();
        // per-capita 10 000: eligible before (20 384.90) and after at 17 362.80 (7 362.80)
        simulation.add(single("750000000", 10_000, Optional.of(Tenge.of("20384.90"))), Tenge.of("17362.80"));
        // per-capita 20 000: eligible before (10 384.90), above the new line → ineligible
        simulation.add(single("750000000", 20_000, Optional.of(Tenge.of("10384.90"))), Tenge.of("17362.80"));
        // per-capita 40 000: refused before and after
        simulation.add(single("710000000", 40_000, Optional.empty()), Tenge.of("17362.80"));

        var result = simulation.result();
        assertThat(result.total().families()).isEqualTo(3);
        assertThat(result.total().stayEligible()).isEqualTo(1);
        assertThat(result.total().becomeIneligible()).isEqualTo(1);
        assertThat(result.total().stayIneligible()).isEqualTo(1);
        assertThat(result.total().changeEligibility()).isEqualTo(1);
        assertThat(result.total().monthlyCostBefore()).isEqualTo(Tenge.of("30769.80"));
        assertThat(result.total().monthlyCostAfter()).isEqualTo(Tenge.of("7362.80"));
        assertThat(result.total().monthlyCostDelta()).isEqualTo(Tenge.of("-23407.00"));
        assertThat(result.regions()).extracting(PovertyLineSimulation.Line::regionCode)
                .containsExactly("710000000", "750000000");
    }

    @Test
    void REF04_aHigherLineMakesRefusedFamiliesEligible() {
        var simulation = new PovertyLineSimulation();
        simulation.add(single("750000000", 40_000, Optional.empty()), Tenge.of("45000.00"));
        var total = simulation.result().total();
        assertThat(total.becomeEligible()).isEqualTo(1);
        assertThat(total.monthlyCostAfter()).isEqualTo(Tenge.of("5000.00"));
    }
}
