package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.PaymentLine;

import java.util.List;

/** PAY-05: a family's payment lines, each with its trace; another region's family is a 404. */
public interface FamilyPaymentHistoryQuery {
    Outcome<List<PaymentLine>> history(Caller caller, String familyId);
}
