package kz.gov.tsa.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@code @QuarkusTest}s' clock (replaces libs/calendar's default Asia/Almaty clock): 11:00 in Almaty on a day
 * each test sets ({@link #setDay}), so windows, check-in days and bans do not depend on the day the suite runs.
 * Every test sets the day it starts on (test classes share the application).
 */
@ApplicationScoped
public class TestClock {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static volatile Instant now = at("2026-03-02");

    public static void setDay(String day) {
        now = at(day);
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(11, 0).toInstant(ZoneOffset.ofHours(5));
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ALMATY;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
