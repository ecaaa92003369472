package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.domain.FamilyCase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenFamilyCaseService over the in-memory family cases: the case of a received application is opened once (ELIG-09:
 * it then awaits the eligibility decision) and audited with the event that caused it; a redelivery returns the stored
 * case. The service refuses nothing: its only caller is the ApplicationReceived consumer.
 */
class OpenFamilyCaseServiceTest {

    static final String RECEIVED_AT = "2026-02-20T05:00:00Z";
    static final String OPENED_AT = "2026-02-20T05:00:03Z";

    final InMemoryPorts.FamilyCases cases = new InMemoryPorts.FamilyCases();
    final OpenFamilyCaseService open = new OpenFamilyCaseService(cases, InMemoryPorts.clockAt(OPENED_AT));

    static OpenFamilyCaseCommand received(UUID applicationId, String familyId, int members, String cause) {
        return new OpenFamilyCaseCommand(applicationId, familyId, "750000000", "2026-Q1", members,
                Instant.parse(RECEIVED_AT), cause);
    }

    @Test
    void ELIG09_aReceivedApplicationOpensACaseAwaitingTheDecisionStoredAndAuditedWithItsCause() {
        UUID applicationId = UUID.randomUUID();

        FamilyCase opened = open.open(received(applicationId, "family-1", 3, "event:ApplicationReceived/7"));

        assertThat(opened).isEqualTo(new FamilyCase(applicationId, "family-1", "750000000", "2026-Q1", 3,
                Instant.parse(RECEIVED_AT), Instant.parse(OPENED_AT), FamilyCase.Status.AWAITING_DECISION));
        assertThat(cases.byApplication).containsExactly(Map.entry(applicationId, opened));
        assertThat(cases.audit).containsExactly("FAMILY_CASE_OPENED " + applicationId
                + " by event:ApplicationReceived/7");
    }

    @Test
    void aRedeliveredApplicationReceivedReturnsTheExistingCaseAndStoresAndAuditsNothing() {
        UUID applicationId = UUID.randomUUID();
        FamilyCase first = open.open(received(applicationId, "family-1", 3, "event:ApplicationReceived/7"));
        OpenFamilyCaseService later = new OpenFamilyCaseService(cases,
                InMemoryPorts.clockAt("2026-02-21T09:00:00Z"));

        FamilyCase again = later.open(received(applicationId, "family-1", 3, "event:ApplicationReceived/7"));

        assertThat(again).isEqualTo(first);
        assertThat(again.openedAt()).isEqualTo(Instant.parse(OPENED_AT));
        assertThat(cases.byApplication).hasSize(1);
        assertThat(cases.audit).hasSize(1);
    }

    @Test
    void theFirstOpeningWinsEvenWhenARedeliveryCarriesOtherFigures() {
        UUID applicationId = UUID.randomUUID();
        open.open(received(applicationId, "family-1", 3, "event:ApplicationReceived/7"));

        FamilyCase again = open.open(received(applicationId, "family-1", 4, "event:ApplicationReceived/8"));

        assertThat(again.memberCount()).isEqualTo(3);
        assertThat(cases.audit).singleElement().asString().endsWith("event:ApplicationReceived/7");
    }

    @Test
    void eachApplicationOfAFamilyOpensItsOwnCase() {
        UUID q1 = UUID.randomUUID();
        UUID q2 = UUID.randomUUID();

        open.open(received(q1, "family-1", 3, "event:ApplicationReceived/7"));
        open.open(received(q2, "family-1", 3, "event:ApplicationReceived/9"));

        assertThat(cases.byApplication).containsOnlyKeys(q1, q2);
        assertThat(cases.audit).hasSize(2);
    }
}
