package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Totals of a month's lines per region: an akimat its own region (D-11), the auditor and ministry every region. */
public interface MonthlyTotalsQuery {
    Outcome<List<RegionTotal>> totals(Caller caller, YearMonth month, Optional<RegionCode> region);
}
