package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.domain.FamilyCase;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FindFamilyCasesService over the in-memory family cases: a case by its application, a family's cases oldest opening
 * first — within the caller's reach (D-11): auditors and admins every region, an operator its own (every region without
 * a region claim); another region's case does not exist for it.
 */
class FindFamilyCasesServiceTest {

    static final String RECEIVED_AT = "2026-02-20T05:00:00Z";
    static final String OPENED_AT = "2026-02-20T05:00:03Z";

    final InMemoryPorts.FamilyCases cases = new InMemoryPorts.FamilyCases();
    final OpenFamilyCaseService open = new OpenFamilyCaseService(cases, InMemoryPorts.clockAt(OPENED_AT));
    final FindFamilyCasesService find = new FindFamilyCasesService(cases);

    static final Caller NATIONAL_OPERATOR = Caller.fromToken("operator1", Set.of("operator"), null);
    static final Caller ALMATY_OPERATOR = Caller.fromToken("operator2", Set.of("operator"), "750000000");
    static final Caller ASTANA_OPERATOR = Caller.fromToken("operator3", Set.of("operator"), "710000000");
    static final Caller AUDITOR = Caller.fromToken("auditor1", Set.of("auditor"), "710000000");
    static final Caller PORTAL = Caller.fromToken("portal1", Set.of("portal"), null);

    static OpenFamilyCaseCommand received(UUID applicationId, String familyId, int members, String cause) {
        return new OpenFamilyCaseCommand(applicationId, familyId, "750000000", "2026-Q1", members,
                Instant.parse(RECEIVED_AT), cause);
    }

    @Test
    void byApplicationReturnsTheOpenedCase() {
        UUID applicationId = UUID.randomUUID();
        FamilyCase opened = open.open(received(applicationId, "family-1", 2, "event:ApplicationReceived/1"));

        assertThat(find.byApplication(NATIONAL_OPERATOR, applicationId).orElseThrow()).isEqualTo(opened);
        assertThat(find.byApplication(ALMATY_OPERATOR, applicationId).orElseThrow()).isEqualTo(opened);
    }

    @Test
    void anUnknownApplicationHasNoCase() {
        open.open(received(UUID.randomUUID(), "family-1", 2, "event:ApplicationReceived/1"));

        var refused = find.byApplication(NATIONAL_OPERATOR, UUID.randomUUID());
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void byFamilyReturnsOnlyThatFamilysCasesOldestOpeningFirst() {
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        new OpenFamilyCaseService(cases, InMemoryPorts.clockAt("2026-05-02T05:00:00Z"))
                .open(received(later, "family-1", 2, "event:ApplicationReceived/5"));
        open.open(received(earlier, "family-1", 2, "event:ApplicationReceived/1"));
        open.open(received(UUID.randomUUID(), "family-2", 1, "event:ApplicationReceived/2"));

        assertThat(find.byFamily(NATIONAL_OPERATOR, "family-1")).extracting(FamilyCase::applicationId)
                .containsExactly(earlier, later);
        assertThat(find.byFamily(NATIONAL_OPERATOR, "family-3")).isEmpty();
    }

    @Test
    void D11_anOperatorOfAnotherRegionFindsNoCaseAndAnAuditorFindsEveryRegionsCase() {
        UUID applicationId = UUID.randomUUID();
        FamilyCase opened = open.open(received(applicationId, "family-1", 2, "event:ApplicationReceived/1"));

        var hidden = find.byApplication(ASTANA_OPERATOR, applicationId);
        assertThat(hidden.isRefused()).isTrue();
        assertThat(hidden.refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(hidden.refusalIfAny().orElseThrow().code()).isEqualTo("family-case.not-found");
        assertThat(find.byFamily(ASTANA_OPERATOR, "family-1")).isEmpty();

        assertThat(find.byApplication(AUDITOR, applicationId).orElseThrow()).isEqualTo(opened);
        assertThat(find.byFamily(AUDITOR, "family-1")).containsExactly(opened);
        assertThat(find.byFamily(ALMATY_OPERATOR, "family-1")).containsExactly(opened);
    }

    @Test
    void D11_aCallerWithoutAReadingRoleFindsNothing() {
        UUID applicationId = UUID.randomUUID();
        open.open(received(applicationId, "family-1", 2, "event:ApplicationReceived/1"));

        assertThat(find.byApplication(PORTAL, applicationId).isRefused()).isTrue();
        assertThat(find.byFamily(PORTAL, "family-1")).isEmpty();
    }
}
