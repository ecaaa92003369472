package kz.gov.tsa.eligibility.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.domain.FamilyMembership;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Family memberships in table {@code family_membership} (V5). The check and the insert of a new application run in
 * one transaction behind a transaction-scoped advisory lock per person, taken in key order so that two
 * applications naming the same people never deadlock and never both pass.
 */
@ApplicationScoped
class FamilyMembershipPersistenceAdapter implements FamilyMembershipPort {

    private static EntityManager em() {
        return ApplicationEntity.getEntityManager();
    }

    @Override
    public List<FamilyMembership> lockAndFindHeld(Collection<String> personKeys) {
        List<String> keys = personKeys.stream().distinct().sorted().toList();
        for (String key : keys) {
            em().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:k, 7))")
                    .setParameter("k", "family-membership:" + key).getSingleResult();
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("""
                        select person_key, application_id, family_id, month_from, month_to, state
                        from family_membership where person_key in (:keys) and state <> 'RELEASED'""")
                .setParameter("keys", keys).getResultList();
        return rows.stream().map(r -> new FamilyMembership(((String) r[0]).strip(), (UUID) r[1], (String) r[2],
                YearMonth.from(localDate(r[3])), YearMonth.from(localDate(r[4])),
                FamilyMembership.State.valueOf((String) r[5]))).toList();
    }

    @Override
    public void hold(Collection<FamilyMembership> memberships) {
        for (FamilyMembership m : memberships) {
            em().createNativeQuery("""
                            insert into family_membership (application_id, person_key, family_id, month_from, month_to, state)
                            values (:app, :key, :family, :from, :to, :state)""")
                    .setParameter("app", m.applicationId()).setParameter("key", m.personKey())
                    .setParameter("family", m.familyId()).setParameter("from", m.from().atDay(1))
                    .setParameter("to", m.to().atDay(1)).setParameter("state", m.state().name())
                    .executeUpdate();
        }
    }

    @Override
    public void assign(UUID applicationId, YearMonth from, YearMonth to) {
        em().createNativeQuery("""
                        update family_membership set state = 'ASSIGNED', month_from = :from, month_to = :to,
                        changed_at = now() where application_id = :app""")
                .setParameter("app", applicationId).setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1)).executeUpdate();
    }

    @Override
    public void release(UUID applicationId) {
        em().createNativeQuery("""
                        update family_membership set state = 'RELEASED', changed_at = now()
                        where application_id = :app""")
                .setParameter("app", applicationId).executeUpdate();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
