package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The person started an active measure (PRG-01..07). Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record MeasureStarted(UUID participationId, UUID registrationId, String personKey, String familyId, String regionCode, String measure, String ruleId, LocalDate startOn, LocalDate endOn) {
    public MeasureStarted {
        Objects.requireNonNull(participationId, "participationId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
    }
}
