package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.MonthlyTotalsQuery;
import kz.gov.tsa.payment.application.port.out.PaymentRunPort;
import kz.gov.tsa.payment.domain.RegionTotal;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Totals per region of a month's lines, narrowed to the caller's region (D-11, D-15). */
@ApplicationScoped
public class MonthlyTotalsService implements MonthlyTotalsQuery {

    private final PaymentRunPort runs;

    @Inject
    public MonthlyTotalsService(PaymentRunPort runs) {
        this.runs = runs;
    }

    @Override
    public Outcome<List<RegionTotal>> totals(Caller caller, YearMonth month, Optional<RegionCode> region) {
        return caller.scope(region).map(scope -> runs.totalsOfMonth(month, scope));
    }
}
