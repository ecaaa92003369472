package kz.gov.tsa.payment.application.port.out;

import kz.gov.tsa.payment.domain.PaymentLine;

import java.util.List;

/** Issued payment lines, read (they are written only by the run, {@link PaymentRunPort#issueLines}). */
public interface PaymentLinesPort {

    /** Every line of the family, oldest month first. */
    List<PaymentLine> ofFamily(String familyId);
}
