package kz.gov.tsa.events.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A registration was refused and kept by the registry (D-70): as job seeker under EMP-02 (identity document, under 16
 * without the legal representative's application, an open registration) or EMP-09 (the re-registration ban), or as
 * unemployed under EMP-06 (each reason cited). The person by key only. Topic {@code tsa.employment.v1}, key = the
 * person key (keyed IIN hash).
 *
 * @param registrationId the registration of an EMP-06 refusal; null when the registration as job seeker was refused
 * @param stage          {@code JOB_SEEKER} or {@code UNEMPLOYED}
 * @param channel        {@code OPERATOR} or {@code PORTAL}
 * @param facts          the refusal's parameters as text, e.g. {@code firstAllowedOn} of EMP-09
 */
public record RegistrationRefused(UUID refusalId, UUID registrationId, String personKey, String familyId,
                                  String regionCode, String stage, String channel, String ruleId, String code,
                                  List<String> reasons, Map<String, String> facts, LocalDate refusedOn) {
    public RegistrationRefused {
        Objects.requireNonNull(refusalId, "refusalId");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(refusedOn, "refusedOn");
        reasons = List.copyOf(reasons == null ? List.of() : reasons);
        facts = Map.copyOf(facts == null ? Map.of() : facts);
    }
}
