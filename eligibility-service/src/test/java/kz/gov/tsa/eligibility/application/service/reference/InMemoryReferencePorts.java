package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.ReleaseReferenceValuePort;
import kz.gov.tsa.eligibility.application.port.out.reference.StoreReferenceDataPort;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory fakes of the reference-data ports, for plain-JUnit use-case tests (no Quarkus, no database). They keep
 * what the real adapters keep: stored versions (never deleted), the locked timelines, the audited changes and the
 * outbox of releases.
 */
final class InMemoryReferencePorts {

    static final Instant STORED_AT = Instant.parse("2026-03-01T00:00:00Z");

    private InMemoryReferencePorts() {
    }

    /** Stored regions and versions, as LoadReferenceDataPort's adapter returns them (ordered by key and first day). */
    static final class StoredVersions implements LoadReferenceDataPort {
        final List<Region> regions = new ArrayList<>();
        final List<Version<?>> versions = new ArrayList<>();
        final List<ReferenceParameter> asked = new ArrayList<>();

        <T extends ReferenceValue> Version<T> add(long id, T value, String from, String to, boolean superseded) {
            Version<T> v = new Version<>(id, value, new Validity(LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to)), "source of row " + id, "seed",
                    Instant.parse("2026-01-01T00:00:00Z"), "seeded", superseded ? Instant.parse("2026-02-01T00:00:00Z")
                    : null);
            versions.add(v);
            return v;
        }

        /** An active version with the next free id. */
        <T extends ReferenceValue> Version<T> add(T value, String from, String to) {
            return add(nextId(), value, from, to, false);
        }

        long nextId() {
            return versions.stream().mapToLong(Version::id).max().orElse(0) + 1;
        }

        Version<?> byId(long id) {
            return versions.stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        }

        void replace(Version<?> version) {
            versions.replaceAll(v -> v.id() == version.id() ? version : v);
        }

        @Override
        public List<Region> regions() {
            return List.copyOf(regions);
        }

        @Override
        public Optional<Region> region(RegionCode code) {
            return regions.stream().filter(r -> r.code().equals(code)).findFirst();
        }

        @Override
        public List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded) {
            asked.add(parameter);
            return versions.stream().filter(v -> v.parameter() == parameter)
                    .filter(v -> key.map(v.value().key()::equals).orElse(true))
                    .filter(v -> includeSuperseded || v.active())
                    .sorted(Comparator.<Version<?>, String>comparing(v -> v.value().key())
                            .thenComparing(v -> v.validity().from()))
                    .toList();
        }

        @Override
        public List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on) {
            return versions.stream().filter(v -> v.parameter() == parameter && v.active() && v.validity().covers(on))
                    .sorted(Comparator.comparing(v -> v.value().key())).toList();
        }

        @Override
        public Optional<Version<?>> inForce(ReferenceParameter parameter, String key, LocalDate on) {
            return inForce(parameter, on).stream().filter(v -> v.value().key().equals(key)).findFirst();
        }

        @Override
        public List<Version<BasketPrice>> basketPrices(RegionCode region, LocalDate on) {
            return inForce(ReferenceParameter.BASKET_PRICE, on).stream().map(v -> v.as(BasketPrice.class))
                    .filter(v -> v.value().regionCode().equals(region)).toList();
        }
    }

    /**
     * StoreReferenceDataPort over {@link StoredVersions}: locks a timeline, applies a plan as the adapter does (closes,
     * supersedes, then adds the new version and the remainders, in that row order) and keeps every change as its audit record (actor and reason).
     */
    static final class Store implements StoreReferenceDataPort {
        final StoredVersions stored;
        final List<String> locked = new ArrayList<>();
        final List<Change> audited = new ArrayList<>();

        Store(StoredVersions stored) {
            this.stored = stored;
        }

        @Override
        public List<Timeline.Span> lockTimeline(ReferenceParameter parameter, String key) {
            locked.add(parameter + "/" + key);
            return stored.versions.stream()
                    .filter(v -> v.parameter() == parameter && v.value().key().equals(key) && v.active())
                    .map(v -> new Timeline.Span(v.id(), v.validity())).toList();
        }

        @Override
        public Stored store(Change change) {
            Timeline.Plan plan = change.plan();
            for (Timeline.Closure c : plan.closures()) {
                Version<?> v = stored.byId(c.id());
                stored.replace(new Version<>(v.id(), v.value(), new Validity(v.validity().from(), c.newTo()),
                        v.source(), v.recordedBy(), v.recordedAt(), v.reason(), v.supersededAt()));
            }
            for (long id : plan.superseded()) {
                Version<?> v = stored.byId(id);
                stored.replace(new Version<>(v.id(), v.value(), v.validity(), v.source(), v.recordedBy(),
                        v.recordedAt(), v.reason(), STORED_AT));
            }
            Optional<Version<?>> created = Optional.empty();
            if (change.value() != null) {
                Version<?> v = new Version<>(stored.nextId(), change.value(), plan.validity(), change.source(),
                        change.actor(), STORED_AT, change.reason(), null);
                stored.versions.add(v);
                created = Optional.of(v);
            }
            List<Version<?>> remainders = new ArrayList<>();
            for (Timeline.Remainder r : plan.remainders()) {
                Version<?> old = stored.byId(r.copyOf());
                Version<?> copy = new Version<>(stored.nextId(), old.value(), r.validity(), old.source(),
                        change.actor(), STORED_AT, "remainder of version " + old.id() + " after: " + change.reason(),
                        null);
                stored.versions.add(copy);
                remainders.add(copy);
            }
            audited.add(change);
            return new Stored(created, remainders);
        }
    }

    /**
     * The outbox fake: a (parameter, row) is claimed once, and only a claimed release is appended; a withdrawal
     * (D-99) is claimed once per (parameter, row, first day it no longer counts).
     */
    static final class Outbox implements ReleaseReferenceValuePort {
        final Set<String> claimed = new HashSet<>();
        final List<ReferenceRelease> appended = new ArrayList<>();
        final List<String> withdrawn = new ArrayList<>();

        @Override
        public boolean withdrawOnce(ReferenceRelease release, java.time.LocalDate from) {
            String key = release.parameter() + "/" + release.version() + " from " + from;
            if (!claimed.add(key)) {
                return false;
            }
            withdrawn.add(key);
            return true;
        }

        @Override
        public boolean releaseOnce(ReferenceRelease release) {
            if (!claimed.add(release.parameter() + "/" + release.version())) {
                return false;
            }
            appended.add(release);
            return true;
        }
    }
}
