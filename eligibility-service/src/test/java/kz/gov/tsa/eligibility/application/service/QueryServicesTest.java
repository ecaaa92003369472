package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.eligibility.domain.AuditRecord;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read-only use cases (REF-06 statistics, the what-if simulation, the audit trail) over in-memory fakes. */
class QueryServicesTest {

    final InMemoryPorts.Decisions decisions = new InMemoryPorts.Decisions();

    @Test
    void REF06_statisticsComeFromTheStoredDecisionsOfTheYearAndRegion() {
        decisions.statistics.add(new PovertyStatisticsLine("750000000", 2024, 10, 4, 30, 13));
        decisions.statistics.add(new PovertyStatisticsLine("710000000", 2024, 5, 1, 9, 2));
        var service = new PovertyStatisticsService(decisions);

        assertThat(service.belowPovertyLine(2024, Optional.of(ALMATY), MINISTRY).orElseThrow()).singleElement()
                .satisfies(l -> assertThat(l.shareOfPeoplePercent()).isEqualByComparingTo("43.3"));
        assertThat(service.belowPovertyLine(2024, Optional.empty(), MINISTRY).orElseThrow()).hasSize(2);
        assertThat(service.belowPovertyLine(2023, Optional.empty(), MINISTRY).orElseThrow()).isEmpty();
    }

    @Test
    void REF04_aWhatIfOverNoStoredDecisionsCountsNothingAndAPercentageOutsideTheRuleIsRefused() {
        var service = new SimulatePovertyLineChangeService(decisions, referenceData());

        var result = service.simulate(new SimulatePovertyLineChangeUseCase.Command(Optional.empty(),
                BigDecimal.valueOf(60), Q2_2024, OPERATOR)).orElseThrow();

        assertThat(result.total().families()).isZero();
        assertThatThrownBy(() -> new SimulatePovertyLineChangeUseCase.Command(Optional.empty(), new BigDecimal("1e-30"),
                Q2_2024, OPERATOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SimulatePovertyLineChangeUseCase.Command(Optional.empty(), BigDecimal.valueOf(101),
                Q2_2024, OPERATOR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuditTrailOfOneEntityIsReturnedAsStored() {
        var trail = new InMemoryPorts.AuditTrail();
        trail.records.add(new AuditRecord(1, Instant.parse(RECEIVED_AT), "operator1", "DECIDED", "Application", "a-1",
                "decision d-1", Map.of()));
        trail.records.add(new AuditRecord(2, Instant.parse(RECEIVED_AT), "operator1", "DECIDED", "Application", "a-2",
                "decision d-2", Map.of()));

        assertThat(new AuditTrailService(trail).trail("Application", "a-1")).extracting(AuditRecord::reason)
                .containsExactly("decision d-1");
    }
}
