package kz.gov.tsa.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The clock's offset (D-83): test/demo only, and without it the clock is the base's, in Asia/Almaty. */
class ClockProducerTest {

    static final Clock BASE = Clock.fixed(Instant.parse("2026-12-03T10:15:30.123456789Z"), ZoneOffset.UTC);

    @Test
    void withoutAnOffsetTheClockIsTheBaseInAlmatyToTheMicrosecond() {
        Clock c = ClockProducer.clock(BASE, Optional.empty());
        assertThat(c.getZone()).isEqualTo(ClockProducer.ZONE);
        assertThat(c.instant()).isEqualTo(Instant.parse("2026-12-03T10:15:30.123456Z"));
        assertThat(ClockProducer.clock(BASE, Optional.of(Duration.ZERO)).instant()).isEqualTo(c.instant());
    }

    @Test
    void anOffsetMovesTheDatesOfTheJvmAndKeepsTheZoneAndTick() {
        Clock c = ClockProducer.clock(BASE, Optional.of(Duration.ofDays(7)));
        assertThat(c.getZone()).isEqualTo(ClockProducer.ZONE);
        assertThat(LocalDate.now(c)).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(c.instant()).isEqualTo(Instant.parse("2026-12-10T10:15:30.123456Z"));
    }
}
