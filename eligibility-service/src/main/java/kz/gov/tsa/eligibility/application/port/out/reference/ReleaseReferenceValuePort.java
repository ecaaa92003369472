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
}
