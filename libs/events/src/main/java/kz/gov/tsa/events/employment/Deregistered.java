package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A person was deregistered (EMP-08) with the first day of a new registration (EMP-09). Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record Deregistered(UUID registrationId, String personKey, String familyId, String regionCode, String reason, String ruleCitation, LocalDate deregisteredOn, LocalDate firstReRegistrationOn) {
    public Deregistered {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruleCitation, "ruleCitation");
        Objects.requireNonNull(deregisteredOn, "deregisteredOn");
        Objects.requireNonNull(firstReRegistrationOn, "firstReRegistrationOn");
    }
}
