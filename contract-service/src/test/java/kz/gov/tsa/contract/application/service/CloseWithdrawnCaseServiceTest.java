package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.domain.FamilyCase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-97 over the in-memory family cases: an application withdrawn before its decision closes its case (WITHDRAWN,
 * audited with the event that caused it); a redelivery changes nothing; a withdrawal of an application whose case is
 * not known is ignored.
 */
class CloseWithdrawnCaseServiceTest {

    final InMemoryPorts.FamilyCases cases = new InMemoryPorts.FamilyCases();
    final OpenFamilyCaseService open = new OpenFamilyCaseService(cases,
            InMemoryPorts.clockAt(OpenFamilyCaseServiceTest.OPENED_AT));
    final CloseWithdrawnCaseService close = new CloseWithdrawnCaseService(cases);

    @Test
    void D97_aWithdrawnApplicationsCaseClosesAuditedWithItsCause() {
        UUID applicationId = UUID.randomUUID();
        FamilyCase opened = open.open(OpenFamilyCaseServiceTest.received(applicationId, "family-1", 3,
                "event:ApplicationReceived/7"));

        var closed = close.withdrawn(applicationId, "moved to another region", "event:ApplicationWithdrawn/8");

        assertThat(closed).hasValue(opened.withdrawn());
        assertThat(cases.byApplication.get(applicationId).status()).isEqualTo(FamilyCase.Status.WITHDRAWN);
        assertThat(cases.audit).containsExactly("FAMILY_CASE_OPENED " + applicationId + " by event:ApplicationReceived/7",
                "FAMILY_CASE_WITHDRAWN " + applicationId + " by event:ApplicationWithdrawn/8");
    }

    @Test
    void D97_aSecondWithdrawalOfTheSameApplicationChangesNothing() {
        UUID applicationId = UUID.randomUUID();
        open.open(OpenFamilyCaseServiceTest.received(applicationId, "family-1", 3, "event:ApplicationReceived/7"));
        close.withdrawn(applicationId, "moved", "event:ApplicationWithdrawn/8");

        var again = close.withdrawn(applicationId, "moved", "event:ApplicationWithdrawn/9");

        assertThat(again.orElseThrow().status()).isEqualTo(FamilyCase.Status.WITHDRAWN);
        assertThat(cases.audit).hasSize(2);
    }

    @Test
    void D97_aWithdrawalOfAnUnknownApplicationIsIgnored() {
        assertThat(close.withdrawn(UUID.randomUUID(), "moved", "event:ApplicationWithdrawn/8")).isEmpty();
        assertThat(cases.byApplication).isEmpty();
        assertThat(cases.audit).isEmpty();
    }
}
