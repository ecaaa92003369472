package kz.gov.tsa.eligibility.application.port.out;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import kz.gov.tsa.eligibility.domain.FamilyMembership;

/** ELIG-01 / PAY-04: which family each person belongs to, by month (see {@link FamilyMembership}). */
public interface FamilyMembershipPort {

    /**
     * The open or assigned memberships of these persons. Within the transaction it first locks each person (in a
     * fixed order), so that two applications naming the same person never both pass the check.
     */
    List<FamilyMembership> lockAndFindHeld(Collection<String> personKeys);

    /** Records the memberships of a new application (state OPEN). */
    void hold(Collection<FamilyMembership> memberships);

    /** The application's family got an assignment for these months: its members are held for them. */
    void assign(UUID applicationId, YearMonth from, YearMonth to);

    /** The application was refused, or its assignment revoked: its members are free again. */
    void release(UUID applicationId);
}
