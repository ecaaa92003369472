package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.LoadAuditTrailPort;
import kz.gov.tsa.eligibility.application.port.out.PersonKeyPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.AuditRecord;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.FamilyMembership;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredBasis;
import kz.gov.tsa.eligibility.domain.simulation.StoredCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * In-memory fakes of eligibility-service's outbound ports, for plain-JUnit use-case tests (no Quarkus, no
 * database). They keep what the real adapters keep, as plainly as possible.
 */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Almaty"));
    }

    /** Applications by id, their idempotency keys and the audited state changes. */
    static final class Applications implements SaveApplicationPort, LoadApplicationPort {
        final Map<UUID, Application> byId = new HashMap<>();
        final Map<String, KeyedApplication> byKey = new HashMap<>();
        final List<String> audit = new ArrayList<>();

        @Override
        public void saveNew(Application application, Optional<IdempotencyRecord> idempotency,
                            Optional<kz.gov.tsa.eligibility.domain.Receipt.PaperReceipt> paper) {
            if (byId.putIfAbsent(application.id(), application) != null) {
                throw new IllegalStateException("stored twice: " + application.id());
            }
            idempotency.ifPresent(i -> byKey.put(application.submittedBy() + "|" + i.key(),
                    new KeyedApplication(application, i.fingerprint())));
            audit.add(paper.map(p -> "APPLICATION_RECEIVED " + application.id() + " from paper," + " received " + p.receivedOn()
                    + ": " + p.reason()).orElse("APPLICATION_RECEIVED " + application.id()));
        }

        @Override
        public void saveChange(Application application, String action, String actor, String reason) {
            if (byId.replace(application.id(), application) == null) {
                throw new IllegalStateException("no stored application " + application.id());
            }
            audit.add(action + " " + application.id() + " by " + actor);
        }

        @Override
        public Optional<Application> load(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Application> loadForUpdate(UUID id) {
            return load(id);
        }

        @Override
        public Optional<KeyedApplication> loadByIdempotencyKey(String actor, String key) {
            return Optional.ofNullable(byKey.get(actor + "|" + key));
        }
    }

    /** Family memberships as rows, like table family_membership. */
    static final class Memberships implements FamilyMembershipPort {
        final List<FamilyMembership> held = new ArrayList<>();
        final List<UUID> released = new ArrayList<>();

        @Override
        public List<FamilyMembership> lockAndFindHeld(Collection<String> personKeys) {
            return held.stream().filter(m -> personKeys.contains(m.personKey())).toList();
        }

        @Override
        public void hold(Collection<FamilyMembership> memberships) {
            held.addAll(memberships);
        }

        @Override
        public void assign(UUID applicationId, YearMonth from, YearMonth to) {
            held.replaceAll(m -> m.applicationId().equals(applicationId)
                    ? new FamilyMembership(m.personKey(), applicationId, m.familyId(), from, to,
                    FamilyMembership.State.ASSIGNED) : m);
        }

        @Override
        public void release(UUID applicationId) {
            held.removeIf(m -> m.applicationId().equals(applicationId));
            released.add(applicationId);
        }

        List<FamilyMembership> of(UUID applicationId) {
            return held.stream().filter(m -> m.applicationId().equals(applicationId)).toList();
        }
    }

    /** A stand-in for the keyed hash: SHA-256 of a fixed secret and the IIN. */
    static final class PersonKeys implements PersonKeyPort {
        @Override
        public String personKey(Iin iin) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("test-secret|" + iin.value()).getBytes(StandardCharsets.US_ASCII)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The events published, in order. */
    static final class Events implements PublishEventPort {
        final List<ApplicationEvent> published = new ArrayList<>();

        @Override
        public void publish(ApplicationEvent event, UUID correlationId) {
            published.add(event);
        }
    }

    /** Decisions by id. */
    static final class Decisions implements DecisionStorePort {
        final Map<UUID, EligibilityDecision> byId = new HashMap<>();
        final List<StoredCase> storedCases = new ArrayList<>();
        final List<PovertyStatisticsLine> statistics = new ArrayList<>();

        @Override
        public void saveNew(EligibilityDecision decision) {
            byId.put(decision.id(), decision);
        }

        @Override
        public void saveRevocation(EligibilityDecision revoked) {
            byId.put(revoked.id(), revoked);
        }

        @Override
        public Optional<EligibilityDecision> findById(UUID id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<EligibilityDecision> findByApplication(UUID applicationId) {
            return byId.values().stream().filter(d -> d.applicationId().equals(applicationId)).findFirst();
        }

        @Override
        public void forEachStoredCase(Optional<RegionCode> region, Quarter from, Consumer<StoredCase> action) {
            storedCases.stream().filter(c -> region.map(c.region()::equals).orElse(true))
                    .filter(c -> c.quarter().compareTo(from) >= 0).forEach(action);
        }

        /** The compact bases derived from the stored cases, as the persistence adapter writes them (D-95). */
        @Override
        public void forEachStoredBasis(Optional<RegionCode> region, Quarter from, Consumer<StoredBasis> action) {
            forEachStoredCase(region, from, c -> action.accept(new StoredBasis(c.region(), c.quarter(),
                    ReassessmentBasis.of(c.inputs(), c.parameters(), c.commissionConfirmed()), c.assignedAmount())));
        }

        @Override
        public List<PovertyStatisticsLine> povertyStatistics(int year, Optional<RegionCode> region) {
            return statistics.stream().filter(l -> l.year() == year)
                    .filter(l -> region.map(r -> r.value().equals(l.regionCode())).orElse(true)).toList();
        }
    }

    /** Stored regions and versions. */
    static final class ReferenceData implements LoadReferenceDataPort {
        final List<Region> regions = new ArrayList<>();
        final List<Version<?>> versions = new ArrayList<>();

        @Override
        public List<Region> regions() {
            return regions;
        }

        @Override
        public Optional<Region> region(RegionCode code) {
            return regions.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        @Override
        public List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded) {
            return versions.stream().filter(v -> v.parameter() == parameter)
                    .filter(v -> key.map(k -> k.equals(v.value().key())).orElse(true)).toList();
        }

        @Override
        public List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on) {
            return versions.stream().filter(v -> v.parameter() == parameter && v.validity().covers(on)).toList();
        }

        @Override
        public Optional<Version<?>> inForce(ReferenceParameter parameter, String key, LocalDate on) {
            return inForce(parameter, on).stream().filter(v -> v.value().key().equals(key)).findFirst();
        }

        @Override
        public List<Version<BasketPrice>> basketPrices(RegionCode region, LocalDate on) {
            return List.of();
        }
    }

    /** Audit records by entity. */
    static final class AuditTrail implements LoadAuditTrailPort {
        final List<AuditRecord> records = new ArrayList<>();

        @Override
        public List<AuditRecord> load(String entityType, String entityId) {
            return records.stream().filter(r -> r.entityType().equals(entityType) && r.entityId().equals(entityId))
                    .toList();
        }
    }
}
