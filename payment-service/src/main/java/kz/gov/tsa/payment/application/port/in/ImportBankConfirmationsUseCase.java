package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/** The bank's confirmation file of a month (paid / returned per instruction) → stored, then the month reconciled. */
public interface ImportBankConfirmationsUseCase {

    Outcome<Reconciliation.Report> importFile(Command command);

    record Command(Caller caller, YearMonth month, List<Confirmation> confirmations) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(month, "month");
            confirmations = List.copyOf(confirmations);
        }
    }
}
