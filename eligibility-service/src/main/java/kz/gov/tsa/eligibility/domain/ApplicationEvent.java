package kz.gov.tsa.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Domain events of an application; the messaging adapter maps them to the published event records. */
public sealed interface ApplicationEvent {

    UUID applicationId();

    String familyId();

    Instant occurredAt();

    List<String> ruleIds();

    /** Received and stored; awaits the precinct commission (ELIG-10). */
    record Received(UUID applicationId, String familyId, RegionCode region, Quarter quarter, int memberCount,
                    Application.Channel channel, Instant occurredAt) implements ApplicationEvent {
        @Override
        public List<String> ruleIds() {
            return List.of("ELIG-01", "ELIG-10");
        }
    }
}
