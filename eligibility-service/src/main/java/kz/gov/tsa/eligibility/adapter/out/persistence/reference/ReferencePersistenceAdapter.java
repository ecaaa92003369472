package kz.gov.tsa.eligibility.adapter.out.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import kz.gov.tsa.audit.AuditTrail;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.port.out.reference.StoreReferenceDataPort;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores the reference data in its dated tables (Hibernate ORM), and writes the audit record of every
 * change (tsa-audit) in the same transaction. A timeline is one parameter and key, e.g. {@code mci}
 * rows of purpose {@code SOCIAL_PAYMENTS}.
 */
@ApplicationScoped
class ReferencePersistenceAdapter implements LoadReferenceDataPort, StoreReferenceDataPort {

    private static final Comparator<Version<?>> BY_KEY_AND_START = Comparator
            .comparing((Version<?> v) -> v.value().key())
            .thenComparing(v -> v.validity().from())
            .thenComparing(Version::id);

    private final EntityManager em;
    private final AuditTrail audit;

    @Inject
    ReferencePersistenceAdapter(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    public List<Region> regions() {
        return RegionRow.<RegionRow>listAll().stream()
                .map(ReferenceRowMapper::toDomain)
                .sorted(Comparator.comparing(r -> r.code().value()))
                .toList();
    }

    @Override
    public Optional<Region> region(RegionCode code) {
        return RegionRow.<RegionRow>findByIdOptional(code.value()).map(ReferenceRowMapper::toDomain);
    }

    @Override
    public List<Version<?>> versions(ReferenceParameter parameter, Optional<String> key, boolean includeSuperseded) {
        Query q = new Query(parameter);
        key.ifPresent(q::key);
        if (!includeSuperseded) {
            q.active();
        }
        return q.list().stream().<Version<?>>map(ReferenceRowMapper::toDomain).sorted(BY_KEY_AND_START).toList();
    }

    @Override
    public List<Version<?>> inForce(ReferenceParameter parameter, LocalDate on) {
        return new Query(parameter).active().on(on).list().stream()
                .<Version<?>>map(ReferenceRowMapper::toDomain).sorted(BY_KEY_AND_START).toList();
    }

    @Override
    public Optional<Version<?>> inForce(ReferenceParameter parameter, String key, LocalDate on) {
        return new Query(parameter).key(key).active().on(on).list().stream()
                .<Version<?>>map(ReferenceRowMapper::toDomain)
                .max(Comparator.comparing(v -> v.validity().from()));
    }

    @Override
    public List<Version<BasketPrice>> basketPrices(RegionCode region, LocalDate on) {
        return new Query(ReferenceParameter.BASKET_PRICE).where("regionCode = :region", "region", region.value())
                .active().on(on).list().stream()
                .map(r -> ReferenceRowMapper.toDomain(r).as(BasketPrice.class))
                .sorted(Comparator.comparing(v -> v.value().itemCode()))
                .toList();
    }

    @Override
    public List<Timeline.Span> lockTimeline(ReferenceParameter parameter, String key) {
        return new Query(parameter).key(key).active().locked().stream()
                .map(r -> new Timeline.Span(r.id, new Validity(r.validFrom, r.validTo)))
                .toList();
    }

    @Override
    public Stored store(Change change) {
        Class<? extends VersionRow> type = ReferenceRowMapper.rowClass(change.parameter());
        Timeline.Plan plan = change.plan();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<VersionRow> superseded = new ArrayList<>();
        for (Timeline.Closure c : plan.closures()) {
            em.find(type, c.id()).validTo = c.newTo();
        }
        for (long id : plan.superseded()) {
            VersionRow row = em.find(type, id);
            row.supersededAt = now;
            superseded.add(row);
        }
        // closes and supersedes first: the new version may start on the day a superseded one started
        em.flush();
        VersionRow created = null;
        if (change.value() != null) {
            created = ReferenceRowMapper.toRow(change.value());
            provenance(created, plan.validity(), change.source(), change.reason(), change.actor(), now);
            em.persist(created);
        }
        List<VersionRow> remainders = new ArrayList<>();
        for (Timeline.Remainder r : plan.remainders()) {
            VersionRow original = em.find(type, r.copyOf());
            VersionRow copy = ReferenceRowMapper.toRow(ReferenceRowMapper.value(original));
            provenance(copy, r.validity(), original.source, "remainder of version " + original.id + " after: "
                    + change.reason(), change.actor(), now);
            em.persist(copy);
            remainders.add(copy);
        }
        em.flush();
        if (created != null) {
            for (VersionRow row : superseded) {
                row.supersededBy = created.id;
            }
            em.flush();
        }
        audit.record(change.actor(), created != null ? "REFERENCE_VERSION_ADDED" : "REFERENCE_VALUE_WITHDRAWN",
                change.parameter().name(), change.key(), change.reason(), details(change, created, remainders));
        return new Stored(Optional.ofNullable(created).map(ReferenceRowMapper::toDomain),
                remainders.stream().<Version<?>>map(ReferenceRowMapper::toDomain).toList());
    }

    private static void provenance(VersionRow row, Validity validity, String source, String reason, String actor,
                                   Instant now) {
        row.validFrom = validity.from();
        row.validTo = validity.to();
        row.source = source;
        row.reason = reason;
        row.recordedBy = actor;
        row.recordedAt = now;
    }

    private static Map<String, Object> details(Change change, VersionRow created, List<VersionRow> remainders) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ruleId", change.parameter().ruleId());
        if (created != null) {
            details.put("versionId", created.id);
            details.put("value", change.value().text());
            details.put("validFrom", created.validFrom.toString());
            details.put("validTo", created.validTo == null ? "open" : created.validTo.toString());
            details.put("source", change.source());
        }
        details.put("closed", change.plan().closures().stream()
                .map(c -> Map.of("versionId", c.id(), "validToBefore", c.previousTo() == null ? "open" : c.previousTo().toString(),
                        "validToNow", c.newTo().toString()))
                .toList());
        details.put("superseded", change.plan().superseded());
        details.put("remainders", remainders.stream().map(r -> r.id).toList());
        return details;
    }

    /** A JPQL query over the table of one parameter. */
    private final class Query {
        private final Class<? extends VersionRow> type;
        private final ReferenceParameter parameter;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Query(ReferenceParameter parameter) {
            this.parameter = parameter;
            this.type = ReferenceRowMapper.rowClass(parameter);
        }

        Query where(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
            return this;
        }

        /** The timeline's key: {@code SOCIAL_PAYMENTS}, {@code FEMALE}, {@code BREAD}, {@code 750000000}, {@code 750000000/BREAD}. */
        Query key(String key) {
            switch (parameter) {
                case MCI -> where("purpose = :purpose", "purpose", MciPurpose.valueOf(key));
                case RETIREMENT_AGE -> where("sex = :sex", "sex", Sex.valueOf(key));
                case BASKET_ITEM -> where("code = :code", "code", key);
                case BASKET_PRICE -> {
                    String[] parts = key.split("/", 2);
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("a price key is <region>/<item>");
                    }
                    where("regionCode = :region", "region", parts[0]);
                    where("itemCode = :item", "item", parts[1]);
                }
                case SUBSISTENCE_MINIMUM, POVERTY_LINE, MEDIAN_INCOME -> where("regionCode = :region", "region", key);
                case FOOD_SPLIT, CONTRACT_TERM, INCOME_PERIOD, POVERTY_LINE_METHOD -> {
                    if (!ReferenceParameter.NATIONAL_KEY.equals(key)) {
                        throw new IllegalArgumentException(parameter + " has the one key " + ReferenceParameter.NATIONAL_KEY);
                    }
                }
            }
            return this;
        }

        Query active() {
            conditions.add("supersededAt is null");
            return this;
        }

        Query on(LocalDate day) {
            conditions.add("validFrom <= :day and (validTo is null or validTo >= :day)");
            params.put("day", day);
            return this;
        }

        List<? extends VersionRow> list() {
            return typed().getResultList();
        }

        List<? extends VersionRow> locked() {
            return typed().setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }

        private TypedQuery<? extends VersionRow> typed() {
            String jpql = "from " + type.getSimpleName()
                    + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                    + " order by validFrom, id";
            TypedQuery<? extends VersionRow> query = em.createQuery(jpql, type);
            params.forEach(query::setParameter);
            return query;
        }
    }
}
