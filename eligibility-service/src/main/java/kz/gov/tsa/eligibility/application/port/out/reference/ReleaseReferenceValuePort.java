package kz.gov.tsa.eligibility.application.port.out.reference;

import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;

/**
 * Publishes a reference version for other services, once: in the caller's transaction, the version is marked as
 * published and its event appended to the outbox — or nothing happens when it was published before (also by
 * another instance at the same time).
 */
public interface ReleaseReferenceValuePort {

    /** True when this call published it; false when it had been published already. */
    boolean releaseOnce(ReferenceRelease release);

    /**
     * D-99: announces, once per (version, day), that a published version no longer counts from {@code from} on (it
     * was closed the day before, withdrawn, or superseded: then {@code from} is its first day). True when this call
     * announced it.
     */
    boolean withdrawOnce(ReferenceRelease release, java.time.LocalDate from);
}
