package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

/** Reads the applications that will reach payments. */
public interface PaymentPipelineQuery {
    Optional<PendingApplication> application(UUID applicationId);

    PipelineSummary summary(Optional<String> regionCode, Optional<String> quarter);
}
