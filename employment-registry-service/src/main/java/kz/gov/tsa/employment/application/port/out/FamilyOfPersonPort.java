package kz.gov.tsa.employment.application.port.out;

import java.util.Optional;

/** The TSA family a person belongs to, as eligibility-service's decisions announced it (D-41). */
public interface FamilyOfPersonPort {

    Optional<String> familyOf(String personKey);

    /** Remembers the person's family from a decision (the latest decision wins). */
    void remember(String personKey, String familyId, java.time.Instant decidedAt);
}
