package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.out.CalendarPort;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.ContractTermPort;
import kz.gov.tsa.contract.application.port.out.FamilyCasePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ContractEvent;
import kz.gov.tsa.contract.domain.ContractStatus;
import kz.gov.tsa.contract.domain.FamilyCase;
import kz.gov.tsa.contract.domain.Step;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.IinHasher;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.calendar.KazakhstanCalendars;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory fakes of contract-service's outbound ports, for plain-JUnit use-case tests. */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Almaty"));
    }

    /** Contracts by id with a version check, and the audited actions. */
    static final class Contracts implements ContractStorePort {
        final Map<UUID, Contract> byId = new LinkedHashMap<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public Optional<Contract> findById(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Contract> findForUpdate(UUID id) {
            return findById(id);
        }

        @Override
        public Optional<Contract> findByDecision(UUID decisionId) {
            return byId.values().stream().filter(c -> c.decisionId().equals(decisionId)).findFirst();
        }

        @Override
        public List<Contract> findByFamily(String familyId) {
            return byId.values().stream().filter(c -> c.familyId().equals(familyId)).toList();
        }

        @Override
        public Optional<Contract> findRunningByFamily(String familyId) {
            return byId.values().stream().filter(c -> c.familyId().equals(familyId) && c.status().running())
                    .findFirst();
        }

        @Override
        public Optional<Contract> findRunningByMember(String personKey) {
            return byId.values().stream().filter(c -> c.status().running()
                    && c.members().stream().anyMatch(m -> m.personKey().equals(personKey))).findFirst();
        }

        @Override
        public boolean insert(Step drafted, String actor) {
            if (findByDecision(drafted.contract().decisionId()).isPresent()) {
                return false;
            }
            byId.put(drafted.contract().id(), drafted.contract());
            audit.add(drafted.action() + " by " + actor);
            return true;
        }

        @Override
        public Contract update(Step step, String actor) {
            Contract stored = byId.get(step.contract().id());
            if (stored == null || stored.version() != step.contract().version()) {
                throw new ConcurrentChangeException(step.contract().id());
            }
            Contract next = step.contract().atVersion(stored.version() + 1);
            byId.put(next.id(), next);
            audit.add(step.action() + " by " + actor);
            return next;
        }

        @Override
        public List<UUID> claimOverdueDrafts(LocalDate today, int limit) {
            return byId.values().stream().filter(c -> c.overdueOn(today)).map(Contract::id).limit(limit).toList();
        }

        @Override
        public List<UUID> claimEndedContracts(LocalDate today, int limit) {
            return byId.values().stream().filter(c -> c.endedOn(today)).map(Contract::id).limit(limit).toList();
        }

        @Override
        public List<Contract> worklist(Worklist list, LocalDate today, YearMonth month, Optional<RegionCode> region) {
            return byId.values().stream().filter(c -> region.map(c.region()::equals).orElse(true)).filter(c ->
                    switch (list) {
                        case TO_SIGN_TODAY -> c.status() == ContractStatus.DRAFT && c.signingDeadline().equals(today);
                        case OVERDUE -> c.overdueOn(today);
                        case ENDING_IN_MONTH -> c.status().running() && YearMonth.from(c.termEnd()).equals(month);
                        case BREACHES_AWAITING_CONFIRMATION -> !c.pendingBreaches().isEmpty();
                    }).sorted(Comparator.comparing(Contract::signingDeadline)).toList();
        }
    }

    /** Family cases by application (its primary key, as in the table) and the audited openings with their actor. */
    static final class FamilyCases implements FamilyCasePort {
        final Map<UUID, FamilyCase> byApplication = new LinkedHashMap<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public void saveNew(FamilyCase familyCase, String actor) {
            if (byApplication.putIfAbsent(familyCase.applicationId(), familyCase) != null) {
                throw new IllegalStateException("duplicate key: family case " + familyCase.applicationId());
            }
            audit.add("FAMILY_CASE_OPENED " + familyCase.applicationId() + " by " + actor);
        }

        @Override
        public void saveStatus(FamilyCase familyCase, String actor, String reason) {
            if (byApplication.replace(familyCase.applicationId(), familyCase) == null) {
                throw new IllegalStateException("no family case " + familyCase.applicationId());
            }
            audit.add("FAMILY_CASE_" + familyCase.status() + " " + familyCase.applicationId() + " by " + actor);
        }

        @Override
        public Optional<FamilyCase> loadByApplication(UUID applicationId) {
            return Optional.ofNullable(byApplication.get(applicationId));
        }

        @Override
        public List<FamilyCase> loadByFamily(String familyId) {
            return byApplication.values().stream().filter(c -> c.familyId().equals(familyId))
                    .sorted(Comparator.comparing(FamilyCase::openedAt)).toList();
        }
    }

    static final class Events implements PublishEventPort {
        final List<ContractEvent> published = new ArrayList<>();

        @Override
        public void publish(ContractEvent event) {
            published.add(event);
        }

        <E extends ContractEvent> List<E> of(Class<E> type) {
            return published.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    static final class Calendar implements CalendarPort {
        @Override
        public WorkingCalendar calendar() {
            return KazakhstanCalendars.calendar();
        }
    }

    /** CON-04: 6 months from 2018. */
    static final class Terms implements ContractTermPort {
        @Override
        public Optional<Integer> termMonthsOn(LocalDate day) {
            return day.isBefore(LocalDate.of(2018, 1, 1)) ? Optional.empty() : Optional.of(6);
        }
    }

    static final class PersonKeys implements PersonKeyPort {
        final IinHasher hasher = IinHasher.of("test-person-key-0123456789-0123456789".getBytes(StandardCharsets.UTF_8));

        @Override
        public String personKey(Iin iin) {
            return hasher.hash(iin);
        }
    }
}
