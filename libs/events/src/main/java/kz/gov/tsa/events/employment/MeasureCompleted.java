package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The person completed an active measure (D-72): its end date was reached ({@code END_DATE_REACHED}, the daily job)
 * or the Centre recorded its completion ({@code RECORDED}, possibly before the end date). Topic
 * {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record MeasureCompleted(UUID participationId, UUID registrationId, String personKey, String familyId,
                               String regionCode, String measure, String ruleId, LocalDate startOn, LocalDate endOn,
                               LocalDate completedOn, String completion) {
    public MeasureCompleted {
        Objects.requireNonNull(participationId, "participationId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(startOn, "startOn");
        Objects.requireNonNull(endOn, "endOn");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(completion, "completion");
    }
}
