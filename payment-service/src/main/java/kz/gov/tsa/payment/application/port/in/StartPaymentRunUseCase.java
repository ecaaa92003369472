package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.PaymentRun;

import java.time.YearMonth;
import java.util.Objects;

/**
 * PAY-04: an operator starts the monthly payment run for a month; it runs in the background in chunks. A second run
 * of the same month while one runs is refused (409); a national run needs a nationwide caller.
 */
public interface StartPaymentRunUseCase {

    Outcome<PaymentRun> start(Command command);

    record Command(Caller caller, YearMonth month) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(month, "month");
        }
    }
}
