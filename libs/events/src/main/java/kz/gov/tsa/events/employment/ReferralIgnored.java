package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A referral was not followed within 5 working days (PRG-10, EMP-08 (2)). Topic {@code tsa.employment.v1}, key = the person key (keyed IIN hash).
 */
public record ReferralIgnored(UUID referralId, UUID registrationId, String personKey, String familyId, String regionCode, String kind, String target, LocalDate referredOn, LocalDate turnUpBy) {
    public ReferralIgnored {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(turnUpBy, "turnUpBy");
    }
}
