package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A job seeker was registered as unemployed (EMP-05). Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record UnemployedRegistered(UUID registrationId, String personKey, String familyId, String regionCode, LocalDate unemployedSince, LocalDate notificationOn, LocalDate nextCheckInDue) {
    public UnemployedRegistered {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(unemployedSince, "unemployedSince");
        Objects.requireNonNull(notificationOn, "notificationOn");
        Objects.requireNonNull(nextCheckInDue, "nextCheckInDue");
    }
}
