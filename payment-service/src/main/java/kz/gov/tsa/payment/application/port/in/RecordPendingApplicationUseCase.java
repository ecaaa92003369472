package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.payment.domain.PendingApplication;

/** Records an application received by eligibility-service; recording it again changes nothing. */
public interface RecordPendingApplicationUseCase {
    void record(PendingApplication application, String cause);
}
