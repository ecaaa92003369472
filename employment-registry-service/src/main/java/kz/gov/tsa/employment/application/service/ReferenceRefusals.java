package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.kernel.Refusal;

import java.time.LocalDate;

/** D-40: the 422 of a reference value eligibility-service has not published for the day. */
final class ReferenceRefusals {

    static final String MCI = "MCI.SOCIAL_PAYMENTS";

    private ReferenceRefusals() {
    }

    static Refusal mciUnknown(LocalDate day, String ruleId) {
        return Refusal.unprocessable(ruleId, "ref.mci-unknown", day.toString())
                .with("parameter", MCI).with("date", day.toString());
    }
}
