package kz.gov.tsa.eligibility.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * ELIG-01 / PAY-04: a person's place in one family for some months — while the family's application is open
 * ({@link State#OPEN}, the months of the quarter of application) or while its assignment runs
 * ({@link State#ASSIGNED}, the assigned months). A refusal or a revocation releases it. The person is known only by
 * a keyed hash of the IIN ({@code personKey}), never by the IIN itself.
 */
public record FamilyMembership(String personKey, UUID applicationId, String familyId, YearMonth from, YearMonth to,
                               State state) {

    public enum State { OPEN, ASSIGNED }

    public FamilyMembership {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a membership ends after it starts");
        }
    }

    /** True when this membership holds in some month of {@code [first, last]}. */
    public boolean overlaps(YearMonth first, YearMonth last) {
        return !from.isAfter(last) && !to.isBefore(first);
    }
}
