package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort;
import kz.gov.tsa.payment.application.port.out.PaymentLinesPort;
import kz.gov.tsa.payment.application.port.out.PaymentRunPort;
import kz.gov.tsa.payment.application.port.out.PendingApplicationStore;
import kz.gov.tsa.payment.application.port.out.PublishEventPort;
import kz.gov.tsa.payment.application.port.out.RecoveryPort;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.Entitlement;
import kz.gov.tsa.payment.domain.LineKind;
import kz.gov.tsa.payment.domain.PaymentLine;
import kz.gov.tsa.payment.domain.PaymentRun;
import kz.gov.tsa.payment.domain.PaymentRunPolicy;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;
import kz.gov.tsa.payment.domain.RecoveryRecord;
import kz.gov.tsa.payment.domain.RegionTotal;
import kz.gov.tsa.payment.domain.register.Confirmation;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** In-memory fakes of every outbound port, with the same semantics as the PostgreSQL adapter. */
final class InMemoryPorts implements AssignmentStorePort, PaymentLinesPort, RecoveryPort, PaymentRunPort,
        PublishEventPort, RegisterPort {

    final Map<UUID, Assignment> assignments = new LinkedHashMap<>();
    final Map<UUID, List<Entitlement>> schedules = new LinkedHashMap<>();
    final Map<String, PaymentLine> lines = new LinkedHashMap<>();
    final Map<UUID, RecoveryRecord> recoveries = new LinkedHashMap<>();
    final Map<UUID, PaymentRun> runs = new LinkedHashMap<>();
    final List<Change> audit = new ArrayList<>();
    final List<PaymentRun> completedEvents = new ArrayList<>();
    final List<List<RegionTotal>> completedTotals = new ArrayList<>();
    /** The imported confirmation files, in import order: import id → (month, confirmations). */
    final Map<UUID, Map.Entry<YearMonth, List<Confirmation>>> confirmationImports = new LinkedHashMap<>();
    /** The stored re-issues by the original transfer's end-to-end id. */
    final Map<String, Instruction> reissuesByOriginal = new LinkedHashMap<>();
    /** Runs just before a re-issue is stored: a test lets another transaction win the race here. */
    Runnable beforeSaveReissue = () -> { };

    // --- AssignmentStorePort
    @Override
    public boolean insert(Assignment a, List<Entitlement> schedule, Change change) {
        if (assignments.containsKey(a.decisionId())) {
            return false;
        }
        assignments.put(a.decisionId(), a);
        schedules.put(a.decisionId(), List.copyOf(schedule));
        audit.add(change);
        return true;
    }

    @Override
    public Optional<Assignment> findForUpdate(UUID decisionId) {
        return Optional.ofNullable(assignments.get(decisionId));
    }

    @Override
    public void update(Assignment a, List<Entitlement> schedule, Change change) {
        assignments.put(a.decisionId(), a);
        schedules.put(a.decisionId(), List.copyOf(schedule));
        audit.add(change);
    }

    List<Entitlement> allEntitlements() {
        return schedules.values().stream().flatMap(List::stream).toList();
    }

    // --- PaymentLinesPort
    @Override
    public List<PaymentLine> ofFamily(String familyId) {
        return lines.values().stream().filter(l -> l.familyId().equals(familyId))
                .sorted(Comparator.comparing(PaymentLine::month)).toList();
    }

    // --- RecoveryPort
    @Override
    public boolean save(RecoveryRecord r, String actor) {
        if (recoveries.values().stream().anyMatch(x -> x.decisionId().equals(r.decisionId()))) {
            return false;
        }
        recoveries.put(r.id(), r);
        audit.add(new Change(actor, "RECOVERY_RECORDED", "", Map.of()));
        return true;
    }

    @Override
    public List<RecoveryRecord> find(Optional<RegionCode> region, Optional<String> familyId) {
        return recoveries.values().stream()
                .filter(r -> region.map(x -> x.value().equals(r.regionCode())).orElse(true))
                .filter(r -> familyId.map(r.familyId()::equals).orElse(true)).toList();
    }

    // --- PaymentRunPort
    @Override
    public boolean insertIfNoneRunning(PaymentRun run) {
        if (runs.values().stream().anyMatch(r -> r.month().equals(run.month()) && r.status() == PaymentRun.Status.RUNNING)) {
            return false;
        }
        runs.put(run.id(), run);
        return true;
    }

    @Override
    public Optional<PaymentRun> find(UUID runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public Optional<PaymentRun> lockRunning(UUID runId) {
        return find(runId).filter(r -> r.status() == PaymentRun.Status.RUNNING);
    }

    @Override
    public List<UUID> running() {
        return runs.values().stream().filter(r -> r.status() == PaymentRun.Status.RUNNING).map(PaymentRun::id).toList();
    }

    @Override
    public long countDue(YearMonth month) {
        return allEntitlements().stream().filter(e -> !e.payMonth().isAfter(month) && e.amount().isPositive()
                && !lines.containsKey(e.idempotencyKey())).count();
    }

    @Override
    public Optional<String> nextChunkEnd(String cursor, int families) {
        TreeSet<String> ids = allEntitlements().stream().map(Entitlement::familyId)
                .filter(f -> f.compareTo(cursor) > 0).collect(Collectors.toCollection(TreeSet::new));
        return ids.stream().limit(families).reduce((a, b) -> b);
    }

    @Override
    public long issueLines(PaymentRun run, String from, String to) {
        Predicate<String> inRange = f -> f.compareTo(from) > 0 && f.compareTo(to) <= 0;
        Map<String, List<Entitlement>> byFamily = allEntitlements().stream().filter(e -> inRange.test(e.familyId()))
                .collect(Collectors.groupingBy(Entitlement::familyId, TreeMap::new, Collectors.toList()));
        long n = 0;
        for (var e : byFamily.entrySet()) {
            for (PaymentLine l : PaymentRunPolicy.linesDue(run.id(), run.month(), e.getValue(), ofFamily(e.getKey()))) {
                if (lines.putIfAbsent(l.idempotencyKey(), l) == null) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public void advance(UUID runId, String cursor, long issued) {
        PaymentRun r = runs.get(runId);
        runs.put(runId, new PaymentRun(r.id(), r.month(), r.status(), r.requestedBy(), r.startedAt(), null, cursor,
                r.linesDone() + issued, r.linesTotal(), r.chunksDone() + 1));
    }

    @Override
    public void complete(UUID runId, Instant at, String actor) {
        PaymentRun r = runs.get(runId);
        runs.put(runId, new PaymentRun(r.id(), r.month(), PaymentRun.Status.COMPLETED, r.requestedBy(), r.startedAt(),
                at, r.cursor(), r.linesDone(), r.linesTotal(), r.chunksDone()));
    }

    @Override
    public List<RegionTotal> totalsOfRun(UUID runId) {
        return totals(l -> runId.equals(l.runId()));
    }

    @Override
    public List<RegionTotal> totalsOfMonth(YearMonth month, Optional<RegionCode> region) {
        return totals(l -> l.runMonth().equals(month)
                && region.map(x -> x.value().equals(l.regionCode())).orElse(true));
    }

    private List<RegionTotal> totals(Predicate<PaymentLine> which) {
        Map<String, List<PaymentLine>> byRegion = lines.values().stream().filter(which)
                .collect(Collectors.groupingBy(PaymentLine::regionCode, TreeMap::new, Collectors.toList()));
        return byRegion.entrySet().stream().map(e -> new RegionTotal(e.getKey(), e.getValue().size(),
                e.getValue().stream().map(PaymentLine::familyId).distinct().count(),
                sum(e.getValue().stream().toList()),
                sum(e.getValue().stream().filter(l -> l.kind() == LineKind.ADJUSTMENT).toList()))).toList();
    }

    private static Tenge sum(List<PaymentLine> ls) {
        return ls.stream().map(PaymentLine::amount).reduce(Tenge.ZERO, Tenge::plus);
    }

    // --- PublishEventPort
    @Override
    public void runCompleted(PaymentRun run, List<RegionTotal> totals) {
        completedEvents.add(Objects.requireNonNull(run));
        completedTotals.add(List.copyOf(totals));
    }

    // --- RegisterPort (the SQL of RegisterPersistenceAdapter, over the maps above)
    @Override
    public List<Instruction> instructions(YearMonth month, Optional<RegionCode> region) {
        Map<List<String>, List<PaymentLine>> byShare = lines.values().stream()
                .filter(l -> l.runMonth().equals(month))
                .filter(l -> region.map(r -> r.value().equals(l.regionCode())).orElse(true))
                .collect(Collectors.groupingBy(l -> List.of(l.familyId(), l.personKey()),
                        () -> new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                                .thenComparing(k -> k.get(1))), Collectors.toList()));
        return byShare.entrySet().stream().map(e -> {
            List<PaymentLine> ls = e.getValue();
            String family = e.getKey().get(0);
            String person = e.getKey().get(1);
            return new Instruction(Instruction.endToEndId(month, family, person), month, family,
                    ls.stream().map(PaymentLine::regionCode).filter(Objects::nonNull).min(String::compareTo).orElse(null),
                    person, ls.stream().map(PaymentLine::maskedIin).filter(Objects::nonNull).min(String::compareTo)
                    .orElse(null), sum(ls), ls.size());
        }).toList();
    }

    @Override
    public List<Reconciliation.DueShare> dueNotIssued(YearMonth month, Optional<RegionCode> region) {
        return allEntitlements().stream()
                .filter(e -> !e.payMonth().isAfter(month) && e.amount().isPositive())
                .filter(e -> region.map(r -> r.value().equals(e.regionCode())).orElse(true))
                .filter(e -> !lines.containsKey(e.idempotencyKey()))
                .sorted(Comparator.comparing(Entitlement::familyId).thenComparing(Entitlement::personKey)
                        .thenComparing(Entitlement::month))
                .map(e -> new Reconciliation.DueShare(e.familyId(), e.personKey(), e.maskedIin(), e.month(),
                        e.amount())).toList();
    }

    @Override
    public void saveConfirmations(UUID importId, YearMonth month, List<Confirmation> confirmations, String actor) {
        confirmationImports.put(importId, Map.entry(month, List.copyOf(confirmations)));
        audit.add(new Change(actor, "BANK_CONFIRMATIONS_IMPORTED", "",
                Map.of("month", month.toString(), "confirmations", confirmations.size())));
    }

    @Override
    public List<Instruction> reissues(YearMonth month, Optional<RegionCode> region) {
        return reissuesByOriginal.values().stream().filter(i -> i.month().equals(month))
                .filter(i -> region.map(r -> r.value().equals(i.regionCode())).orElse(true))
                .sorted(Comparator.comparing(Instruction::familyId).thenComparing(Instruction::personKey)).toList();
    }

    @Override
    public Optional<Instruction> reissueOf(String originalEndToEndId) {
        return Optional.ofNullable(reissuesByOriginal.get(originalEndToEndId));
    }

    @Override
    public boolean saveReissue(String originalEndToEndId, Instruction reissue, String actor) {
        beforeSaveReissue.run();
        if (reissuesByOriginal.putIfAbsent(originalEndToEndId, reissue) != null) {
            return false;
        }
        audit.add(new Change(actor, "TRANSFER_REISSUED", "", Map.of("month", reissue.month().toString(),
                "familyId", reissue.familyId(), "amount", reissue.amount().toString())));
        return true;
    }

    @Override
    public List<Confirmation> confirmations(YearMonth month) {
        return confirmationImports.values().stream().filter(e -> e.getKey().equals(month))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** Pending applications (PendingApplicationPersistenceAdapter): insert and removal audited with their actor. */
    static final class PendingApplications implements PendingApplicationStore {
        final Map<UUID, PendingApplication> byId = new LinkedHashMap<>();
        final List<Change> audit = new ArrayList<>();

        @Override
        public boolean insertIfAbsent(PendingApplication a, String actor) {
            if (byId.putIfAbsent(a.applicationId(), a) != null) {
                return false;
            }
            audit.add(new Change(actor, "PENDING_APPLICATION_RECORDED", "", Map.of("familyId", a.familyId(),
                    "region", a.regionCode(), "quarter", a.quarter())));
            return true;
        }

        @Override
        public boolean remove(UUID applicationId, Leaving why, String actor) {
            PendingApplication removed = byId.remove(applicationId);
            if (removed == null) {
                return false;
            }
            audit.add(new Change(actor, "PENDING_APPLICATION_" + why, "", Map.of("familyId", removed.familyId())));
            return true;
        }

        @Override
        public Optional<PendingApplication> find(UUID applicationId) {
            return Optional.ofNullable(byId.get(applicationId));
        }

        @Override
        public PipelineSummary summarise(Optional<String> regionCode, Optional<String> quarter) {
            Map<List<String>, List<PendingApplication>> groups = byId.values().stream()
                    .filter(a -> regionCode.map(a.regionCode()::equals).orElse(true))
                    .filter(a -> quarter.map(a.quarter()::equals).orElse(true))
                    .collect(Collectors.groupingBy(a -> List.of(a.regionCode(), a.quarter()),
                            () -> new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                                    .thenComparing(k -> k.get(1))), Collectors.toList()));
            return new PipelineSummary(groups.entrySet().stream().map(e -> new PipelineSummary.Line(e.getKey().get(0),
                    e.getKey().get(1), e.getValue().size(),
                    e.getValue().stream().mapToLong(PendingApplication::memberCount).sum())).toList());
        }
    }
}
