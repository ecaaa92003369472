package kz.gov.tsa.employment.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.gov.tsa.employment.application.port.out.CountRegistrationsPort;
import kz.gov.tsa.employment.domain.RegistrationStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class RegistrationCountAdapter implements CountRegistrationsPort {

    private final EntityManager em;

    @Inject
    RegistrationCountAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<RegistrationStatus, Long> countByStatus(Optional<String> regionCode) {
        List<Object[]> rows = em.createQuery("""
                        select r.status, count(r) from RegistrationEntity r
                        where (:region is null or r.regionCode = :region) group by r.status""", Object[].class)
                .setParameter("region", regionCode.orElse(null))
                .getResultList();
        Map<RegistrationStatus, Long> out = new EnumMap<>(RegistrationStatus.class);
        rows.forEach(r -> out.put(RegistrationStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return out;
    }
}
