package kz.gov.tsa.employment.adapter.out.persistence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.persistence.JsonDocuments;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registrations in PostgreSQL: the aggregate as a JSON document beside the columns the queries and jobs use (the
 * IIN in its own column, V1); every write is version-checked and audited in the same transaction. The jobs claim
 * rows with {@code FOR UPDATE SKIP LOCKED}; one open registration per person is a partial unique index.
 */
@ApplicationScoped
class RegistrationPersistenceAdapter implements RegistrationStorePort {

    private static final String SELECT = "SELECT document::text, version FROM registration ";
    private static final String OPEN = "document IS NOT NULL AND status IN ('JOB_SEEKER','UNEMPLOYED') ";

    private final JsonDocuments<Registration> registrations;
    private final AuditTrail audit;

    @Inject
    RegistrationPersistenceAdapter(DataSource dataSource, ObjectMapper json, AuditTrail audit) {
        this.registrations = new JsonDocuments<>(dataSource, json.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), Registration.class, "registration",
                Registration::id, Registration::atVersion);
        this.audit = audit;
    }

    @Override
    public Optional<Registration> findById(UUID id) {
        return registrations.one(SELECT + "WHERE id = ? AND document IS NOT NULL", id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Registration> findForUpdate(UUID id) {
        return registrations.one(SELECT + "WHERE id = ? AND document IS NOT NULL FOR UPDATE", id);
    }

    @Override
    public List<Registration> findByPerson(String personKey) {
        return registrations.list(SELECT + "WHERE person_key = ? AND document IS NOT NULL "
                + "ORDER BY registered_on, created_at", personKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(Step registered, Iin iin, String actor) {
        Registration r = registered.registration().atVersion(1);
        String sql = """
                INSERT INTO registration (id, iin, region_code, status, registered_on, deregistered_on, person_key,
                    family_id, rural, channel, offer_deadline, offer_made, next_check_in_due, next_referral_due,
                    next_employer_answer_due, next_measure_end, version, document)
                VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, CAST(? AS jsonb))
                ON CONFLICT (person_key) WHERE person_key IS NOT NULL AND status <> 'DEREGISTERED' DO NOTHING""";
        int rows = registrations.execute(sql, r.id(), iin.value(), r.region().value(), r.status().name(),
                r.registeredOn(), r.personKey(), r.familyId(), r.rural(), r.channel().name(), r.offerDeadline(),
                r.offer() != null, r.nextCheckInDue(), r.nextReferralDue().orElse(null),
                r.nextEmployerAnswerDue().orElse(null), r.nextMeasureEnd().orElse(null), registrations.write(r));
        if (rows == 1) {
            audited(registered, actor);
        }
        return rows == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration update(Step step, String actor) {
        Registration r = step.registration();
        Registration next = r.atVersion(r.version() + 1);
        String sql = """
                UPDATE registration SET status = ?, deregistered_on = ?, offer_made = ?, next_check_in_due = ?,
                    next_referral_due = ?, next_employer_answer_due = ?, next_measure_end = ?, version = ?, updated_at = ?,
                    document = CAST(? AS jsonb)
                WHERE id = ? AND version = ?""";
        int rows = registrations.execute(sql, r.status().name(),
                r.deregistration() == null ? null : r.deregistration().on(), r.offer() != null, r.nextCheckInDue(),
                r.nextReferralDue().orElse(null), r.nextEmployerAnswerDue().orElse(null),
                r.nextMeasureEnd().orElse(null), next.version(), Instant.now(), registrations.write(next), r.id(),
                r.version());
        if (rows != 1) {
            throw new ConcurrentChangeException(r.id());
        }
        audited(step, actor);
        return next;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimMissedCheckIns(LocalDate today, int limit) {
        return registrations.ids("SELECT r.id FROM registration r WHERE " + OPEN.replace("document", "r.document")
                + "AND r.next_check_in_due < ? AND NOT EXISTS (SELECT 1 FROM missed_check_in m "
                + "WHERE m.registration_id = r.id AND m.due_on = r.next_check_in_due) "
                + "ORDER BY r.next_check_in_due, r.id LIMIT ? FOR UPDATE OF r SKIP LOCKED", today, limit);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markMissed(UUID registrationId, LocalDate dueOn, LocalDate detectedOn) {
        return registrations.execute("INSERT INTO missed_check_in (registration_id, due_on, detected_on) "
                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", registrationId, dueOn, detectedOn) == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimOverdueReferrals(LocalDate today, int limit) {
        return registrations.ids("SELECT id FROM registration WHERE " + OPEN + "AND next_referral_due < ? "
                + "ORDER BY next_referral_due, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimOverdueEmployerAnswers(LocalDate today, int limit) {
        return registrations.ids("SELECT id FROM registration WHERE " + OPEN + "AND next_employer_answer_due < ? "
                + "ORDER BY next_employer_answer_due, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> claimEndedMeasures(LocalDate today, int limit) {
        return registrations.ids("SELECT id FROM registration WHERE " + OPEN + "AND next_measure_end < ? "
                + "ORDER BY next_measure_end, id LIMIT ? FOR UPDATE SKIP LOCKED", today, limit);
    }

    @Override
    public List<Registration> withEmployerAnswersOverdue(Optional<RegionCode> region, int limit) {
        String sql = SELECT + "WHERE " + OPEN + "AND jsonb_path_exists(document, "
                + "'$.referrals[*] ? (@.employerAnswerOverdueOn != null && @.employerAnswer == null "
                + "&& @.status != \"REFUSED\")') " + (region.isPresent() ? "AND region_code = ? " : "")
                + "ORDER BY registered_on, id LIMIT ?";
        return region.isPresent() ? registrations.list(sql, region.get().value(), limit) : registrations.list(sql, limit);
    }

    @Override
    public List<Registration> awaitingOffer(Optional<RegionCode> region, int limit) {
        String sql = SELECT + "WHERE document IS NOT NULL AND status = 'JOB_SEEKER' AND NOT offer_made "
                + (region.isPresent() ? "AND region_code = ? " : "") + "ORDER BY offer_deadline, id LIMIT ?";
        return region.isPresent() ? registrations.list(sql, region.get().value(), limit)
                : registrations.list(sql, limit);
    }

    @Override
    public List<Registration> unemployed(Optional<RegionCode> region, int limit) {
        String sql = SELECT + "WHERE document IS NOT NULL AND status = 'UNEMPLOYED' "
                + (region.isPresent() ? "AND region_code = ? " : "")
                + "ORDER BY (document->>'unemployedSince'), id LIMIT ?";
        return region.isPresent() ? registrations.list(sql, region.get().value(), limit)
                : registrations.list(sql, limit);
    }

    // ------------------------------------------------------------------------------------------------

    private void audited(Step step, String actor) {
        Registration r = step.registration();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", r.status().name());
        details.put("region", r.region().value());
        details.put("personKey", r.personKey());
        details.put("maskedIin", r.maskedIin());
        details.put("events", step.events().stream().map(e -> e.getClass().getSimpleName()).toList());
        audit.record(actor, step.action(), "Registration", r.id().toString(), step.reason(), details);
    }
}
