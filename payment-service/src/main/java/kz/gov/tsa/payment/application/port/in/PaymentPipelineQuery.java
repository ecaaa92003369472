package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;

import java.util.Optional;
import java.util.UUID;

/** Reads the applications that will reach payments, as far as the caller reaches (D-11). */
public interface PaymentPipelineQuery {
    /** The pending application, empty when there is none or it lies in a region the caller does not reach. */
    Optional<PendingApplication> application(Caller caller, UUID applicationId);

    /**
     * The summary of the requested region (checked: 403 for a region the caller does not reach) or, without one, of
     * the caller's own region — every region only for a nationwide caller.
     */
    Outcome<PipelineSummary> summary(Caller caller, Optional<RegionCode> region, Optional<String> quarter);
}
