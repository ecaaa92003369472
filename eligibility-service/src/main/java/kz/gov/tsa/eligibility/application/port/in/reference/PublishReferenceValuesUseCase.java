package kz.gov.tsa.eligibility.application.port.in.reference;

/**
 * REF-07 / ELIG-06 for other services (D-25): publishes every version of the MCI and the retirement ages not yet
 * published — the seeded ones at start-up, a newly recorded or superseding one in the transaction that records it.
 */
public interface PublishReferenceValuesUseCase {

    /** Publishes what is pending; returns how many versions this call published (0 when all were). */
    int publishPending();
}
