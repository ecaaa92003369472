package kz.gov.tsa.calendar;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The suite's clock: Asia/Almaty (ARCHITECTURE.md §7), ticking in whole microseconds because PostgreSQL stores
 * timestamps to the microsecond — a value returned in a 201 must equal the one read back later. A
 * {@link DefaultBean}: a service or test that produces its own {@link Clock} replaces it.
 * <p>
 * TEST/DEMO ONLY (D-83): {@code tsa.clock.offset} (env {@code TSA_CLOCK_OFFSET}, an ISO-8601 duration such as
 * {@code P7D}) moves this JVM's clock by that much. Unset — the only setting of a deployment — the clock is the
 * system's; set, the service says so at start-up at ERROR level, so it cannot go unnoticed. The system
 * tests use it to start a second contract-service JVM "some days later" for the CON-03 lapse journey.
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    /** The zone of every {@code LocalDate} of the suite. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** The tick: one microsecond. */
    public static final Duration TICK = Duration.ofNanos(1_000);

    @ConfigProperty(name = "tsa.clock.offset")
    Optional<Duration> offset;

    /** Says so at start-up, at ERROR level, when the clock is moved. */
    void announce(@Observes StartupEvent event) {
        offset.filter(d -> !d.isZero()).ifPresent(d -> LOG.errorf("TEST/DEMO ONLY: tsa.clock.offset=%s — this JVM's "
                + "clock is %d days (%s) off the real time, so are its dates, deadlines and jobs (D-83); never set it "
                + "in a deployment", d, d.toDays(), d));
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    public Clock clock() {
        return clock(Clock.system(ZONE), offset);
    }

    /** The suite's clock over {@code base}: Asia/Almaty, microsecond ticks, moved by {@code offset} when given. */
    static Clock clock(Clock base, Optional<Duration> offset) {
        Clock zoned = base.withZone(ZONE);
        Clock moved = offset.filter(d -> !d.isZero()).map(d -> Clock.offset(zoned, d)).orElse(zoned);
        return Clock.tick(moved, TICK);
    }
}
