package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.PovertyStatisticsQuery;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;

import java.util.List;
import java.util.Optional;

/** REF-06: the share of applicants below the poverty line, per region and year. Read-only. */
@ApplicationScoped
public class PovertyStatisticsService implements PovertyStatisticsQuery {

    private final DecisionStorePort decisions;

    @Inject
    public PovertyStatisticsService(DecisionStorePort decisions) {
        this.decisions = decisions;
    }

    @Override
    public Outcome<List<PovertyStatisticsLine>> belowPovertyLine(int year, Optional<RegionCode> region, Caller caller) {
        return caller.scope(region).map(scope -> decisions.povertyStatistics(year, scope));
    }
}
