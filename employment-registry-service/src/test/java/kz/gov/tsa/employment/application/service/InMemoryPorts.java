package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.CountRegistrationsPort;
import kz.gov.tsa.employment.application.port.out.FamilyOfPersonPort;
import kz.gov.tsa.employment.application.port.out.PersonKeyPort;
import kz.gov.tsa.employment.application.port.out.ProgrammeParametersPort;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RecordRefusalPort;
import kz.gov.tsa.employment.application.port.out.ReferenceValuesPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.application.port.out.SaveReferenceValuePort;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.ProgrammeParameter;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationRefusal;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.employment.domain.TestLimits;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.calendar.KazakhstanCalendars;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** In-memory fakes of employment-registry-service's outbound ports, for plain-JUnit use-case tests. */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    /** A clock whose day the test moves (Almaty 11:00). */
    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(String day) {
            set(day);
        }

        void set(String day) {
            now = LocalDate.parse(day).atTime(11, 0).toInstant(ZoneOffset.ofHours(5));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Almaty");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final class Registrations implements RegistrationStorePort, CountRegistrationsPort {
        final Map<UUID, Registration> byId = new LinkedHashMap<>();
        final Map<UUID, String> iins = new HashMap<>();
        final Set<String> missed = new HashSet<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public Optional<Registration> findById(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Registration> findForUpdate(UUID id) {
            return findById(id);
        }

        @Override
        public List<Registration> findByPerson(String personKey) {
            return byId.values().stream().filter(r -> r.personKey().equals(personKey)).toList();
        }

        @Override
        public boolean insert(Step registered, Iin iin, String actor) {
            Registration r = registered.registration();
            if (findByPerson(r.personKey()).stream().anyMatch(Registration::active)) {
                return false;
            }
            byId.put(r.id(), r.atVersion(1));
            iins.put(r.id(), iin.value());
            audit.add(registered.action() + " by " + actor);
            return true;
        }

        @Override
        public Registration update(Step step, String actor) {
            Registration stored = byId.get(step.registration().id());
            if (stored == null || stored.version() != step.registration().version()) {
                throw new ConcurrentChangeException(step.registration().id());
            }
            Registration next = step.registration().atVersion(stored.version() + 1);
            byId.put(next.id(), next);
            audit.add(step.action() + " by " + actor);
            return next;
        }

        @Override
        public List<UUID> claimMissedCheckIns(LocalDate today, int limit) {
            return byId.values().stream().filter(r -> r.active() && r.nextCheckInDue().isBefore(today)
                    && !missed.contains(r.id() + "/" + r.nextCheckInDue())).map(Registration::id).limit(limit).toList();
        }

        @Override
        public boolean markMissed(UUID registrationId, LocalDate dueOn, LocalDate detectedOn) {
            return missed.add(registrationId + "/" + dueOn);
        }

        @Override
        public List<UUID> claimOverdueReferrals(LocalDate today, int limit) {
            return byId.values().stream().filter(r -> r.active() && r.nextReferralDue().map(d -> d.isBefore(today))
                    .orElse(false)).map(Registration::id).limit(limit).toList();
        }

        @Override
        public List<UUID> claimOverdueEmployerAnswers(LocalDate today, int limit) {
            return byId.values().stream().filter(r -> r.active() && r.nextEmployerAnswerDue().map(d -> d.isBefore(today))
                    .orElse(false)).map(Registration::id).limit(limit).toList();
        }

        @Override
        public List<UUID> claimEndedMeasures(LocalDate today, int limit) {
            return byId.values().stream().filter(r -> r.active() && r.nextMeasureEnd().map(d -> d.isBefore(today))
                    .orElse(false)).map(Registration::id).limit(limit).toList();
        }

        @Override
        public List<Registration> withEmployerAnswersOverdue(Optional<RegionCode> region, int limit) {
            return byId.values().stream().filter(r -> !r.employerAnswersOverdue().isEmpty())
                    .filter(r -> region.map(r.region()::equals).orElse(true)).limit(limit).toList();
        }

        @Override
        public List<Registration> unemployed(Optional<RegionCode> region, int limit) {
            return byId.values().stream().filter(r -> r.status() == RegistrationStatus.UNEMPLOYED)
                    .filter(r -> region.map(r.region()::equals).orElse(true))
                    .sorted(Comparator.comparing(Registration::unemployedSince)).limit(limit).toList();
        }

        @Override
        public List<Registration> awaitingOffer(Optional<RegionCode> region, int limit) {
            return byId.values().stream().filter(r -> r.status() == RegistrationStatus.JOB_SEEKER && r.offer() == null)
                    .filter(r -> region.map(r.region()::equals).orElse(true))
                    .sorted(Comparator.comparing(Registration::offerDeadline)).limit(limit).toList();
        }

        @Override
        public Map<RegistrationStatus, Long> countByStatus(Optional<String> regionCode) {
            Map<RegistrationStatus, Long> out = new HashMap<>();
            byId.values().stream().filter(r -> regionCode.map(r.region().value()::equals).orElse(true))
                    .forEach(r -> out.merge(r.status(), 1L, Long::sum));
            return out;
        }
    }

    static final class Events implements PublishEventPort {
        final List<EmploymentEvent> published = new ArrayList<>();
        final List<RegistrationRefusal> refusals = new ArrayList<>();

        @Override
        public void publish(EmploymentEvent event) {
            published.add(event);
        }

        @Override
        public void publish(RegistrationRefusal refusal) {
            refusals.add(refusal);
        }

        <E extends EmploymentEvent> List<E> of(Class<E> type) {
            return published.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** D-70: the kept refusals and their audit entries. */
    static final class Refusals implements RecordRefusalPort {
        final List<RegistrationRefusal> kept = new ArrayList<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public void record(RegistrationRefusal refusal, String actor) {
            kept.add(refusal);
            audit.add("REGISTRATION_REFUSED " + refusal.ruleId() + " by " + actor);
        }
    }

    static final class Calendar implements CalendarPort {
        @Override
        public WorkingCalendar calendar() {
            return KazakhstanCalendars.calendar();
        }
    }

    /** The seeded limits from 2018. */
    static final class Parameters implements ProgrammeParametersPort {
        final Map<ProgrammeParameter, BigDecimal> values = TestLimits.values();

        @Override
        public Optional<BigDecimal> valueOn(ProgrammeParameter parameter, LocalDate day) {
            return day.getYear() < 2018 ? Optional.empty() : Optional.ofNullable(values.get(parameter));
        }
    }

    /** MCI and retirement ages by year, as tests publish them. */
    static final class Reference implements ReferenceValuesPort, SaveReferenceValuePort {
        final Map<String, SaveReferenceValuePort.Version> versions = new LinkedHashMap<>();
        final Map<String, SaveReferenceValuePort.Withdrawal> withdrawals = new LinkedHashMap<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public boolean withdraw(SaveReferenceValuePort.Withdrawal w, String actor) {
            boolean stored = withdrawals.putIfAbsent(w.parameter() + "|" + w.version() + "|" + w.from(), w) == null;
            if (stored) {
                audit.add("REFERENCE_VALUE_WITHDRAWN " + w.parameter() + "#" + w.version() + " from " + w.from()
                        + " by " + actor);
            }
            return stored;
        }

        boolean withdrawnOn(SaveReferenceValuePort.Version v, LocalDate day) {
            return withdrawals.values().stream().anyMatch(w -> w.parameter().equals(v.parameter())
                    && w.version() == v.version() && !w.from().isAfter(day));
        }

        @Override
        public Optional<BigDecimal> mciOn(LocalDate day) {
            return valueOn("MCI.SOCIAL_PAYMENTS", day);
        }

        @Override
        public Optional<BigDecimal> retirementAgeOn(Sex sex, LocalDate day) {
            return valueOn("RETIREMENT_AGE." + sex.name(), day);
        }

        Optional<BigDecimal> valueOn(String parameter, LocalDate day) {
            return versions.values().stream().filter(v -> v.parameter().equals(parameter)
                            && !v.validFrom().isAfter(day) && (v.validTo() == null || !v.validTo().isBefore(day))
                            && !withdrawnOn(v, day))
                    .max(Comparator.comparing(SaveReferenceValuePort.Version::validFrom)
                            .thenComparing(SaveReferenceValuePort.Version::version))
                    .map(SaveReferenceValuePort.Version::value);
        }

        @Override
        public boolean save(SaveReferenceValuePort.Version v, String actor) {
            boolean stored = versions.putIfAbsent(v.parameter() + "|" + v.validFrom() + "|" + v.version(), v) == null;
            if (stored) {
                audit.add("REFERENCE_VALUE_RECORDED " + v.parameter() + "@" + v.validFrom() + "#" + v.version() + " by "
                        + actor);
            }
            return stored;
        }

        Reference with(String parameter, String from, String to, String value) {
            save(new SaveReferenceValuePort.Version(parameter, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                    new BigDecimal(value), 1, "test", Instant.EPOCH, UUID.randomUUID().toString()), "test");
            return this;
        }
    }

    static final class PersonKeys implements PersonKeyPort {
        final IinHasher hasher = IinHasher.of("test-person-key-0123456789-0123456789".getBytes(StandardCharsets.UTF_8));

        @Override
        public String personKey(Iin iin) {
            return hasher.hash(iin);
        }
    }

    static final class Families implements FamilyOfPersonPort {
        final Map<String, String> byPerson = new HashMap<>();
        final Map<String, Instant> decidedAt = new HashMap<>();

        @Override
        public Optional<String> familyOf(String personKey) {
            return Optional.ofNullable(byPerson.get(personKey));
        }

        @Override
        public void remember(String personKey, String familyId, Instant decidedAt) {
            // as the adapter: the latest decision wins, an older one delivered late changes nothing
            Instant known = this.decidedAt.get(personKey);
            if (known == null || !known.isAfter(decidedAt)) {
                byPerson.put(personKey, familyId);
                this.decidedAt.put(personKey, decidedAt);
            }
        }
    }
}
