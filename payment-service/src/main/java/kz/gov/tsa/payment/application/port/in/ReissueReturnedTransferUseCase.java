package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.payment.domain.register.Instruction;

import java.time.YearMonth;
import java.util.Objects;

/** A transfer of the month the bank returned is re-issued once: a new instruction for the same entitlement. */
public interface ReissueReturnedTransferUseCase {

    Outcome<Instruction> reissue(Command command);

    record Command(Caller caller, YearMonth month, String endToEndId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(endToEndId, "endToEndId");
        }
    }
}
