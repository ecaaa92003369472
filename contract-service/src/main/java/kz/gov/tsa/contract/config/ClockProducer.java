package kz.gov.tsa.contract.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The service clock: Asia/Almaty (ARCHITECTURE.md §7); tests may replace it. */
@ApplicationScoped
class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Almaty"));
    }
}
