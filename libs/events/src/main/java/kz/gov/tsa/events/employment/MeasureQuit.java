package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The person left an active measure before its end (EMP-08 (2) when on their own initiative). Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record MeasureQuit(UUID participationId, UUID registrationId, String personKey, String familyId, String regionCode, String measure, LocalDate quitOn, boolean ownInitiative) {
    public MeasureQuit {
        Objects.requireNonNull(participationId, "participationId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(quitOn, "quitOn");
    }
}
