package kz.gov.tsa.employment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * EMP-05/06: the decision on an application for registration as unemployed — registered from {@code appliedOn},
 * or refused with every EMP-06 reason that applies — and the day the person is notified (10 calendar days after
 * the application, the dated {@code EMP05_NOTIFICATION_DAYS}). {@code receivesJobLossPayment}: the person receives the
 * social payment for loss of work (PRG-07's priority goes to those who do not).
 */
public record UnemployedDecision(LocalDate appliedOn, boolean registered, List<Emp06Reason> reasons,
                                 LocalDate notificationOn, String retirementAge, boolean receivesJobLossPayment) {
    public UnemployedDecision {
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(notificationOn, "notificationOn");
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        if (registered != reasons.isEmpty()) {
            throw new IllegalArgumentException("a registration has no EMP-06 reason, a refusal at least one");
        }
    }
}
