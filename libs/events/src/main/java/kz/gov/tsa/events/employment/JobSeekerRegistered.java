package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person was registered as a job seeker (EMP-02); the EMP-03 offer window runs to offerDeadline. Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record JobSeekerRegistered(UUID registrationId, String personKey, String familyId, String regionCode, boolean rural, String channel, LocalDate registeredOn, LocalDate offerDeadline, LocalDate nextCheckInDue) {
    public JobSeekerRegistered {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(offerDeadline, "offerDeadline");
        Objects.requireNonNull(nextCheckInDue, "nextCheckInDue");
    }
}
