package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * D-70: a refused registration, kept by the registry and announced as {@code RegistrationRefused}: a registration as
 * job seeker refused under EMP-02 (no identity document, under 16 without the legal representative's application,
 * an open registration) or EMP-09 (the ban), or a registration as unemployed refused under EMP-06. The person is
 * named by key and masked IIN only.
 *
 * @param registrationId the registration an EMP-06 refusal belongs to; null when the registration itself was refused
 * @param reasons        the EMP-06 reasons (each cited), else the refusal's code
 * @param facts          the refusal's parameters (e.g. {@code firstAllowedOn} of EMP-09), as text
 */
public record RegistrationRefusal(UUID id, Stage stage, UUID registrationId, String personKey, String maskedIin,
                                  String familyId, RegionCode region, Channel channel, String ruleId, String code,
                                  List<String> reasons, Map<String, String> facts, LocalDate refusedOn,
                                  Instant occurredAt) {

    /** What was refused. */
    public enum Stage { JOB_SEEKER, UNEMPLOYED }

    public RegistrationRefusal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(maskedIin, "maskedIin");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(refusedOn, "refusedOn");
        Objects.requireNonNull(occurredAt, "occurredAt");
        reasons = List.copyOf(reasons);
        facts = Map.copyOf(facts);
        if (stage == Stage.UNEMPLOYED && registrationId == null) {
            throw new IllegalArgumentException("an EMP-06 refusal belongs to a registration");
        }
    }

    /**
     * Whether a refusal of {@link Registration#register} is a decision on the person that the registry keeps: one
     * with a rule ID, except the calendar not being available (nothing about the person).
     */
    public static boolean kept(Refusal refusal) {
        return refusal.ruleId() != null && !"calendar.not-available".equals(refusal.code());
    }

    /** EMP-02/09: the registration as job seeker was refused on {@code today}. */
    public static RegistrationRefusal ofRegistration(UUID id, Registration.Person person, RegionCode region,
                                                     Channel channel, Refusal refusal, LocalDate today, Instant now) {
        Map<String, String> facts = new LinkedHashMap<>();
        refusal.facts().forEach((k, v) -> facts.put(k, String.valueOf(v)));
        return new RegistrationRefusal(id, Stage.JOB_SEEKER, null, person.personKey(), person.maskedIin(),
                person.familyId(), region, channel, refusal.ruleId(), refusal.code(), List.of(refusal.code()), facts,
                today, now);
    }

    /** EMP-06: the registration as unemployed was refused, citing each reason of its decision. */
    public static RegistrationRefusal ofUnemployedDecision(UUID id, Registration r, Instant now) {
        UnemployedDecision d = r.unemployedDecision();
        if (d == null || d.registered()) {
            throw new IllegalArgumentException("not an EMP-06 refusal: " + r.id());
        }
        return new RegistrationRefusal(id, Stage.UNEMPLOYED, r.id(), r.personKey(), r.maskedIin(), r.familyId(),
                r.region(), r.channel(), "EMP-06", "unemployed.refused",
                d.reasons().stream().map(Emp06Reason::citation).toList(),
                Map.of("appliedOn", d.appliedOn().toString(), "notificationOn", d.notificationOn().toString()),
                d.appliedOn(), now);
    }
}
