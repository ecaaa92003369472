package kz.gov.tsa.contract.application.port.in;

import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * An operator's day: drafts to sign today, overdue drafts, contracts ending in a month (this month by default),
 * breaches awaiting confirmation — of the caller's region (403 for another region).
 */
public interface ContractWorklistQuery {
    Outcome<List<Contract>> list(Caller caller, Worklist list, Optional<YearMonth> month, Optional<RegionCode> region);
}
