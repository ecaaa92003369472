package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.ReleaseReferenceValuePort;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.util.Comparator;
import java.util.Optional;

/**
 * Releases every stored version of the published parameters that was not released yet, oldest row first (D-25), and
 * announces once the day from which each released version no longer counts (D-99): the day after its last day, or its
 * first day when a correction superseded it — so that a consumer's copy never outlives a closing or a withdrawal.
 */
final class ReferenceReleases {

    private ReferenceReleases() {
    }

    /** Call inside a transaction. Returns the versions this call published (their withdrawals are not counted). */
    static int releasePending(LoadReferenceDataPort load, ReleaseReferenceValuePort release) {
        int released = 0;
        for (ReferenceParameter parameter : ReferenceRelease.PUBLISHED) {
            var versions = load.versions(parameter, Optional.empty(), true).stream()
                    .sorted(Comparator.comparingLong(Version::id)).toList();
            for (Version<?> v : versions) {
                Optional<ReferenceRelease> r = ReferenceRelease.of(v);
                if (r.isEmpty()) {
                    continue;
                }
                if (release.releaseOnce(r.get())) {
                    released++;
                }
                Optional<java.time.LocalDate> endsFrom = !v.active() ? Optional.of(v.validity().from())
                        : Optional.ofNullable(v.validity().to()).map(last -> last.plusDays(1));
                // D-99: the day it stops counting, announced once; the round's count is of published versions only
                endsFrom.ifPresent(from -> release.withdrawOnce(r.get(), from));
            }
        }
        return released;
    }
}
