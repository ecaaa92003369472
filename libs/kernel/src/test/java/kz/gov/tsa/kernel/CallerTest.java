package kz.gov.tsa.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** D-11: who reaches which region. A broken claim never widens access. */
class CallerTest {

    private static final RegionCode ALMATY = new RegionCode("750000000");
    private static final RegionCode ASTANA = new RegionCode("710000000");

    @Test
    void staffWithAValidRegionClaimReachOnlyThatRegion() {
        Caller operator = Caller.fromToken("op", Set.of("operator"), "750000000");
        assertThat(operator.covers(ALMATY)).isTrue();
        assertThat(operator.covers(ASTANA)).isFalse();
        assertThat(operator.ownRegion()).contains(ALMATY);
        assertThat(operator.nationwide()).isFalse();
    }

    @Test
    void staffWithoutTheClaimAndAdminReachEveryRegion() {
        assertThat(Caller.fromToken("ministry", Set.of("auditor"), null).covers(ASTANA)).isTrue();
        assertThat(Caller.fromToken("ministry", Set.of("auditor"), " ").nationwide()).isTrue();
        assertThat(Caller.fromToken("root", Set.of("admin"), "750000000").covers(ASTANA)).isTrue();
    }

    @Test
    void aClaimThatIsNoKnownRegionReachesNoRegion() {
        Caller broken = Caller.fromToken("op", Set.of("operator"), "999000000");
        assertThat(broken.covers(ALMATY)).isFalse();
        assertThat(broken.nationwide()).isFalse();
        assertThat(broken.scope(Optional.empty()).refusalIfAny())
                .hasValueSatisfying(r -> {
                    assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(r.code()).isEqualTo("caller.region-claim-invalid");
                });
    }

    @Test
    void anAkimatWithoutARegionClaimReachesNoRegion() {
        Caller akimat = Caller.fromToken("akimat-x", Set.of("akimat"), null);
        assertThat(akimat.nationwide()).isFalse();
        assertThat(akimat.covers(ALMATY)).isFalse();
        assertThat(akimat.scope(Optional.empty()).isRefused()).isTrue();
    }

    @Test
    void aRegionalCallersQueryIsNarrowedToItsRegionAndAnotherRegionIsRefused() {
        Caller akimat = Caller.fromToken("akimat-almaty", Set.of("akimat"), "750000000");
        assertThat(akimat.scope(Optional.empty()).orElseThrow()).contains(ALMATY);
        assertThat(akimat.scope(Optional.of(ALMATY)).orElseThrow()).contains(ALMATY);
        assertThat(akimat.scope(Optional.of(ASTANA)).refusalIfAny())
                .hasValueSatisfying(r -> assertThat(r.facts()).containsEntry("regionCode", "710000000")
                        .containsEntry("callerRegion", "750000000"));
        Caller ministry = Caller.fromToken("m", Set.of("auditor"), null);
        assertThat(ministry.scope(Optional.empty()).orElseThrow()).isEmpty();
    }

    @Test
    void requireCoversRefusesAnotherRegionAs403() {
        Caller operator = Caller.fromToken("op", Set.of("operator"), "750000000");
        assertThat(operator.requireCovers(ALMATY).orElseThrow()).isEqualTo(ALMATY);
        assertThat(operator.requireCovers(ASTANA).refusalIfAny().orElseThrow().kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void aSystemCallerIsNationwideWithTheServiceRole() {
        Caller job = Caller.system("lapse-job");
        assertThat(job.hasRole("service")).isTrue();
        assertThat(job.hasAnyRole("operator", "service")).isTrue();
        assertThat(job.covers(ASTANA)).isTrue();
    }
}
