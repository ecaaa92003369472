package kz.gov.tsa.payment.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import java.time.YearMonth;
import java.util.Optional;

/** The three-way reconciliation of a month: schedule ↔ lines ↔ bank confirmations. */
public interface ReconciliationQuery {
    Outcome<Reconciliation.Report> reconcile(Caller caller, YearMonth month, Optional<RegionCode> region);
}
