package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.RegistrySummaryQuery;
import kz.gov.tsa.employment.application.port.out.CountRegistrationsPort;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.employment.domain.RegistrySummary;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

@ApplicationScoped
public class RegistrySummaryService implements RegistrySummaryQuery {

    private final CountRegistrationsPort counts;

    @Inject
    public RegistrySummaryService(CountRegistrationsPort counts) {
        this.counts = counts;
    }

    @Override
    public Outcome<RegistrySummary> summary(Caller caller, Optional<RegionCode> regionCode) {
        return caller.scope(regionCode).map(scope -> {
            Optional<String> region = scope.map(RegionCode::value);
            Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
            for (RegistrationStatus s : RegistrationStatus.values()) {
                byStatus.put(s, 0L);
            }
            byStatus.putAll(counts.countByStatus(region));
            return new RegistrySummary(region.orElse("ALL"), byStatus);
        });
    }
}
