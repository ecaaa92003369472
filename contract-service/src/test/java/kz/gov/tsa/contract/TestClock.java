package kz.gov.tsa.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The {@code @QuarkusTest}s' clock (replaces libs/calendar's default Asia/Almaty clock): fixed on Monday
 * 2026-03-02 11:00 in Almaty, a day the seeded calendar covers, so that CON-03 deadlines and CON-04 terms do not
 * depend on the day the tests run.
 */
@ApplicationScoped
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Almaty"));
    }
}
