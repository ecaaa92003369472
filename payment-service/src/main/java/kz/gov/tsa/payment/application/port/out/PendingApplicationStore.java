package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

/** Persistence of pending applications. */
public interface PendingApplicationStore {
    /** Stores it unless already stored; true when it was new. */
    boolean insertIfAbsent(PendingApplication application, String actor);

    /** Removes the application once it is decided or withdrawn; true when it was pending. */
    boolean remove(UUID applicationId, Leaving why, String actor);

    /** Why an application leaves the pipeline (the audit action names it). */
    enum Leaving { DECIDED, WITHDRAWN }

    Optional<PendingApplication> find(UUID applicationId);

    PipelineSummary summarise(Optional<String> regionCode, Optional<String> quarter);
}
