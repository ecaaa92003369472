package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.domain.FamilyCase;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FindFamilyCasesService over the in-memory family cases: a case by its application, a family's cases oldest opening
 * first. It refuses nothing and takes no caller (the REST resource checks the roles).
 */
class FindFamilyCasesServiceTest {

    static final String RECEIVED_AT = "2026-02-20T05:00:00Z";
    static final String OPENED_AT = "2026-02-20T05:00:03Z";

    final InMemoryPorts.FamilyCases cases = new InMemoryPorts.FamilyCases();
    final OpenFamilyCaseService open = new OpenFamilyCaseService(cases, InMemoryPorts.clockAt(OPENED_AT));
    final FindFamilyCasesService find = new FindFamilyCasesService(cases);

    static OpenFamilyCaseCommand received(UUID applicationId, String familyId, int members, String cause) {
        return new OpenFamilyCaseCommand(applicationId, familyId, "750000000", "2026-Q1", members,
                Instant.parse(RECEIVED_AT), cause);
    }

    @Test
    void byApplicationReturnsTheOpenedCase() {
        UUID applicationId = UUID.randomUUID();
        FamilyCase opened = open.open(received(applicationId, "family-1", 2, "event:ApplicationReceived/1"));

        assertThat(find.byApplication(applicationId)).contains(opened);
    }

    @Test
    void anUnknownApplicationHasNoCase() {
        open.open(received(UUID.randomUUID(), "family-1", 2, "event:ApplicationReceived/1"));

        assertThat(find.byApplication(UUID.randomUUID())).isEmpty();
    }

    @Test
    void byFamilyReturnsOnlyThatFamilysCasesOldestOpeningFirst() {
        UUID later = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        new OpenFamilyCaseService(cases, InMemoryPorts.clockAt("2026-05-02T05:00:00Z"))
                .open(received(later, "family-1", 2, "event:ApplicationReceived/5"));
        open.open(received(earlier, "family-1", 2, "event:ApplicationReceived/1"));
        open.open(received(UUID.randomUUID(), "family-2", 1, "event:ApplicationReceived/2"));

        assertThat(find.byFamily("family-1")).extracting(FamilyCase::applicationId)
                .containsExactly(earlier, later);
        assertThat(find.byFamily("family-3")).isEmpty();
    }
}
