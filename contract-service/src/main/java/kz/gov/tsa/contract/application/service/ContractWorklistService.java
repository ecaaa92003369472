package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.ContractWorklistQuery;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ContractWorklistService implements ContractWorklistQuery {

    private final ContractStorePort store;
    private final Clock clock;

    @Inject
    public ContractWorklistService(ContractStorePort store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Contract>> list(Caller caller, Worklist list, Optional<YearMonth> month,
                                        Optional<RegionCode> region) {
        LocalDate today = LocalDate.now(clock);
        return caller.scope(region).map(scope -> store.worklist(list, today, month.orElse(YearMonth.from(today)),
                scope));
    }
}
