package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A check-in period ended without a check-in (EMP-04/07); the Centre decides on EMP-08 (3) unless there is a valid reason. Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record CheckInMissed(UUID registrationId, String personKey, String familyId, String regionCode, String status, LocalDate dueOn, LocalDate lastCheckIn, LocalDate detectedOn) {
    public CheckInMissed {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(lastCheckIn, "lastCheckIn");
        Objects.requireNonNull(detectedOn, "detectedOn");
    }
}
