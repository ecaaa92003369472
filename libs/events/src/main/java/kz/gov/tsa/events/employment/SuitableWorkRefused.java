package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The person refused suitable work (PRG-10, EMP-08 (1)); deregistered is true for the refusal that ended the registration. Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record SuitableWorkRefused(UUID referralId, UUID registrationId, String personKey, String familyId, String regionCode, LocalDate refusedOn, int refusalCount, boolean deregistered) {
    public SuitableWorkRefused {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(refusedOn, "refusedOn");
    }
}
