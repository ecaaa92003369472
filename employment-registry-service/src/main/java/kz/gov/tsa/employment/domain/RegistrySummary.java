package kz.gov.tsa.employment.domain;

import java.util.Map;

/** Counts of registered persons per status for one region (or all), for the Centre's dashboard. */
public record RegistrySummary(String regionCode, Map<RegistrationStatus, Long> byStatus) {
    public RegistrySummary {
        byStatus = Map.copyOf(byStatus);
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
