package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.domain.Receipt;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.web.ProblemException;
import kz.gov.tsa.web.ProblemType;

import java.time.LocalDate;
import java.util.Optional;

/** Request texts that Bean Validation's pattern lets through but the domain's value types refuse: a 400, not a 500. */
final class RequestValues {

    private RequestValues() {
    }

    /** A KATO code that is not one of the 20 regions is a 400 naming the field (never accepted, never a 500). */
    static RegionCode region(String field, String code) {
        if (!RegionCode.isKnown(code)) {
            throw new ProblemException(400, ProblemType.VALIDATION, null, "request.invalid")
                    .withViolation(field, "tsa.region.unknown", code);
        }
        return new RegionCode(code);
    }

    /** A quarter whose year lies outside the served years is a 400 naming the field. */
    static Quarter quarter(String field, String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, ProblemType.VALIDATION, null, "request.invalid")
                    .withViolation(field, "request.quarter.out-of-range", text);
        }
    }

    /**
     * A back-dated paper receipt (D-81) when the request gives its date; a reason without a date is a 400 naming
     * {@code receivedOnReason} (it would otherwise be silently dropped, and the caller believe it was audited).
     */
    static Optional<Receipt.PaperReceipt> paperReceipt(LocalDate receivedOn, String receivedOnReason) {
        if (receivedOn == null) {
            if (receivedOnReason != null) {
                throw new ProblemException(400, ProblemType.VALIDATION, null, "request.invalid")
                        .withViolation("receivedOnReason", "application.receipt.reason-without-date");
            }
            return Optional.empty();
        }
        return Optional.of(new Receipt.PaperReceipt(receivedOn, receivedOnReason));
    }
}
