package kz.gov.tsa.calendar;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The suite's clock: Asia/Almaty (ARCHITECTURE.md §7), ticking in whole microseconds because PostgreSQL stores
 * timestamps to the microsecond — a value returned in a 201 must equal the one read back later. A
 * {@link DefaultBean}: a service or test that produces its own {@link Clock} replaces it.
 */
@ApplicationScoped
public class ClockProducer {

    /** The zone of every {@code LocalDate} of the suite. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** The tick: one microsecond. */
    public static final Duration TICK = Duration.ofNanos(1_000);

    @Produces
    @ApplicationScoped
    @DefaultBean
    public Clock clock() {
        return Clock.tick(Clock.system(ZONE), TICK);
    }
}
