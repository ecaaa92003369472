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

@ApplicationScoped
public class RegistrySummaryService implements RegistrySummaryQuery {

    private final CountRegistrationsPort counts;

    @Inject
    public RegistrySummaryService(CountRegistrationsPort counts) {
        this.counts = counts;
    }

    @Override
    public RegistrySummary summary(Optional<String> regionCode) {
        Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            byStatus.put(s, 0L);
        }
        byStatus.putAll(counts.countByStatus(regionCode));
        return new RegistrySummary(regionCode.orElse("ALL"), byStatus);
    }
}
