package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.register.Register;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A month's register for the bank, of every region or of one (an akimat: its own): the transfers of the month's lines,
 * or the transfers re-issued after the bank returned them.
 */
public interface BuildRegisterQuery {
    Outcome<Register> register(Caller caller, YearMonth month, Optional<RegionCode> region, Kind kind);

    enum Kind { MONTH, REISSUES }
}
