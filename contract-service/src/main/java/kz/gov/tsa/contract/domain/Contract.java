package kz.gov.tsa.contract.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The social contract of one family for conditional assistance (CON-01..13, ELIG-09/11/13): draft → signed →
 * extended → completed, or lapsed (not signed in time) or terminated (repeat breach, false information). Immutable:
 * every transition returns an {@link Outcome} with the next state and its events, or a refusal citing its rule.
 *
 * @param id                    the contract's id
 * @param decisionId            the conditional eligibility decision it comes from (one contract per decision)
 * @param applicationId         the application decided
 * @param familyId              the family (D-13)
 * @param region                the region (operators work in theirs)
 * @param members               the family's members with their CON-07/09 facts
 * @param commissionConcludedOn the precinct commission's conclusion (CON-03 counts from it)
 * @param signingDeadline       the last day to sign (CON-03)
 * @param status                where it stands
 * @param plan                  the individual family assistance plan (CON-02)
 * @param signature             the recipient's signature (null before signing)
 * @param termMonths            the CON-04 term in months as in force on the signing day (0 before signing)
 * @param termEnd               the last day of the term, extension included (null before signing)
 * @param extension             the one extension (null when not extended)
 * @param breaches              recorded and proposed breaches, oldest first
 * @param sanction              the CON-07 sanction (null when none)
 * @param termination           how it was terminated (null unless terminated)
 * @param closedOn              the day it completed, lapsed or was terminated (null while open)
 * @param openedAt              when the draft was opened
 * @param version               optimistic-concurrency version of the stored state
 */
public record Contract(UUID id, UUID decisionId, UUID applicationId, String familyId, RegionCode region,
                       List<ContractMember> members, LocalDate commissionConcludedOn, LocalDate signingDeadline,
                       ContractStatus status, List<PlanActivity> plan, Signature signature, int termMonths,
                       LocalDate termEnd, Extension extension, List<Breach> breaches, Sanction sanction,
                       Termination termination, LocalDate closedOn, Instant openedAt, long version) {

    /** CON-05: an extension adds at most this many months. */
    public static final int MAX_EXTENSION_MONTHS = 6;
    /** CON-07: the sanction's cut in percent. */
    public static final int SANCTION_PERCENT = 50;

    public Contract {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(commissionConcludedOn, "commissionConcludedOn");
        Objects.requireNonNull(signingDeadline, "signingDeadline");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        members = List.copyOf(members);
        plan = plan == null ? List.of() : List.copyOf(plan);
        breaches = breaches == null ? List.of() : List.copyOf(breaches);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one member");
        }
    }

    // ------------------------------------------------------------------------------------------ opening

    /**
     * ELIG-09, CON-03: the draft opened for a conditional decision, with its signing deadline on the calendar.
     * Refused (422, EMP-10) when the calendar has no complete data for the days counted.
     */
    public static Outcome<Step> draft(UUID id, UUID decisionId, UUID applicationId, String familyId, RegionCode region,
                                      List<ContractMember> members, LocalDate commissionConcludedOn,
                                      WorkingCalendar calendar, Instant now) {
        return SigningDeadline.after(commissionConcludedOn, calendar).map(deadline -> {
            Contract c = new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                    deadline, ContractStatus.DRAFT, List.of(), null, 0, null, null, List.of(), null, null, null, now, 0);
            return new Step(c, "CONTRACT_DRAFTED", "conditional decision " + decisionId + "; sign by " + deadline
                    + " (CON-03)", List.of(new ContractEvent.Drafted(c, now)));
        });
    }

    // ------------------------------------------------------------------------------------------ queries

    public Optional<ContractMember> member(String personKey) {
        return members.stream().filter(m -> m.personKey().equals(personKey)).findFirst();
    }

    public Optional<Breach> breach(UUID breachId) {
        return breaches.stream().filter(b -> b.id().equals(breachId)).findFirst();
    }

    /** Confirmed breaches, oldest first. */
    public List<Breach> confirmedBreaches() {
        return breaches.stream().filter(b -> b.status() == BreachStatus.CONFIRMED).toList();
    }

    /** Proposals awaiting an operator. */
    public List<Breach> pendingBreaches() {
        return breaches.stream().filter(b -> b.status() == BreachStatus.PROPOSED).toList();
    }

    /** The first paid month: the month of signing (ELIG-13); empty before signing. */
    public Optional<YearMonth> firstPaymentMonth() {
        return Optional.ofNullable(signature).map(s -> YearMonth.from(s.signedOn()));
    }

    /** The last paid month: the term's months counted from the month of signing, extension included. */
    public Optional<YearMonth> lastPaymentMonth() {
        return firstPaymentMonth().map(first -> first.plusMonths(totalMonths() - 1L));
    }

    /** Term months plus extension months. */
    public int totalMonths() {
        return termMonths + (extension == null ? 0 : extension.months());
    }

    /** Whether the signing deadline has passed on {@code today} while still a draft. */
    public boolean overdueOn(LocalDate today) {
        return status == ContractStatus.DRAFT && today.isAfter(signingDeadline);
    }

    /** Whether the term has ended on {@code today} while running. */
    public boolean endedOn(LocalDate today) {
        return status.running() && termEnd != null && today.isAfter(termEnd);
    }

    // ------------------------------------------------------------------------------------------ plan (CON-02)

    /**
     * CON-02: adds an activity for a named member. Refused: the contract is closed (409, CON-02); the member is not
     * of the family (422, CON-02); an active employment measure for a CON-09-exempt member (422, CON-09, naming
     * the member and the exemptions).
     */
    public Outcome<Step> addActivity(UUID activityId, String personKey, ActivityKind kind, SupportDomain domain,
                                     String description, LocalDate dueDate, String actor) {
        if (status.closed()) {
            return Outcome.refused(Refusal.conflict("CON-02", "plan.contract-closed", status.name())
                    .with("status", status.name()));
        }
        Optional<ContractMember> member = member(personKey);
        if (member.isEmpty()) {
            return Outcome.refused(Refusal.unprocessable("CON-02", "plan.member-unknown")
                    .withField("personKey", "plan.member-unknown"));
        }
        ContractMember m = member.get();
        List<String> exemptions = m.con09Exemptions();
        if (kind.category() == ActivityCategory.ACTIVE_EMPLOYMENT && !exemptions.isEmpty()) {
            return Outcome.refused(Refusal.unprocessable("CON-09", "plan.member-exempt-from-employment-measures",
                            m.maskedIin(), kind.name(), String.join("; ", exemptions))
                    .withField("personKey", "plan.member-exempt-from-employment-measures.field", m.maskedIin())
                    .with("member", m.maskedIin()).with("exemptions", exemptions).with("kind", kind.name()));
        }
        List<PlanActivity> next = new ArrayList<>(plan);
        next.add(new PlanActivity(activityId, personKey, kind, domain, description, dueDate, ActivityStatus.PLANNED));
        return Outcome.accepted(new Step(with(status, next), "PLAN_ACTIVITY_ADDED",
                kind.rule() + " " + kind.name() + " (" + domain + ") for " + m.maskedIin() + " due " + dueDate,
                List.of()));
    }

    /**
     * CON-02, CON-12: the assistant records an activity's progress. Refused: the contract is closed (409, CON-02);
     * no such activity (404).
     */
    public Outcome<Step> recordProgress(UUID activityId, ActivityStatus next, String actor) {
        if (status.closed()) {
            return Outcome.refused(Refusal.conflict("CON-02", "plan.contract-closed", status.name())
                    .with("status", status.name()));
        }
        Optional<PlanActivity> found = plan.stream().filter(a -> a.id().equals(activityId)).findFirst();
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("plan.activity-not-found", activityId.toString()));
        }
        List<PlanActivity> nextPlan = plan.stream().map(a -> a.id().equals(activityId) ? a.withStatus(next) : a)
                .toList();
        return Outcome.accepted(new Step(with(status, nextPlan), "PLAN_ACTIVITY_PROGRESS",
                found.get().kind() + ": " + found.get().status() + " -> " + next, List.of()));
    }

    // ------------------------------------------------------------------------------------------ signing (CON-03/04)

    /**
     * CON-03, CON-04: the recipient's signature, recorded by an operator, within the deadline; the term of
     * {@code termMonths} (the CON-04 parameter in force on the signing day) runs from the signing day.
     * Refused: not a draft (409, CON-03); signed after the deadline (409, CON-03); before the commission's
     * conclusion (422, CON-03); an empty plan (422, CON-02).
     */
    public Outcome<Step> sign(LocalDate signedOn, String signatory, String assistant, String consultant,
                              int termMonths, String actor, Instant now) {
        if (status != ContractStatus.DRAFT) {
            return Outcome.refused(Refusal.conflict("CON-03", "contract.not-a-draft", status.name())
                    .with("status", status.name()));
        }
        if (signedOn.isAfter(signingDeadline)) {
            return Outcome.refused(Refusal.conflict("CON-03", "contract.signing-deadline-passed",
                    signingDeadline.toString()).with("signingDeadline", signingDeadline.toString()));
        }
        if (signedOn.isBefore(commissionConcludedOn)) {
            return Outcome.refused(Refusal.unprocessable("CON-03", "contract.signed-before-conclusion",
                    commissionConcludedOn.toString()).withField("signedOn", "contract.signed-before-conclusion",
                    commissionConcludedOn.toString()));
        }
        if (plan.isEmpty()) {
            return Outcome.refused(Refusal.unprocessable("CON-02", "contract.plan-empty"));
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("a CON-04 term has at least one month");
        }
        Signature s = new Signature(signedOn, signatory, actor, now, assistant, consultant);
        LocalDate end = signedOn.plusMonths(termMonths).minusDays(1);
        Contract c = new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, ContractStatus.SIGNED, plan, s, termMonths, end, null, breaches, null, null, null,
                openedAt, version);
        return Outcome.accepted(new Step(c, "CONTRACT_SIGNED", "signed on " + signedOn + "; term " + termMonths
                + " months to " + end + " (CON-04)", List.of(new ContractEvent.Signed(c, now))));
    }

    /** CON-03, ELIG-09: a draft not signed by its deadline lapses; refused (409) when not overdue. */
    public Outcome<Step> lapse(LocalDate today, Instant now) {
        if (!overdueOn(today)) {
            return Outcome.refused(Refusal.conflict("CON-03", "contract.not-overdue", signingDeadline.toString()));
        }
        Contract c = closed(ContractStatus.LAPSED, null, today);
        return Outcome.accepted(new Step(c, "CONTRACT_LAPSED", "not signed by " + signingDeadline
                + " (CON-03); no conditional assistance (ELIG-09)", List.of(new ContractEvent.Lapsed(c, today, now))));
    }

    /** CON-04: a running contract whose term has ended completes; refused (409) otherwise. */
    public Outcome<Step> complete(LocalDate today, Instant now) {
        if (!endedOn(today)) {
            return Outcome.refused(Refusal.conflict("CON-04", "contract.term-not-ended", status.name()));
        }
        Contract c = closed(ContractStatus.COMPLETED, null, today);
        return Outcome.accepted(new Step(c, "CONTRACT_COMPLETED", "term ended on " + termEnd + " (CON-04)",
                List.of(new ContractEvent.Completed(c, today, now))));
    }

    // ------------------------------------------------------------------------------------------ extension (CON-05)

    /**
     * CON-05, ELIG-11: extends a signed contract once, by 1 to 6 months, for a CON-05 reason, with the employment
     * commission's recommendation. Refused: already extended (409, CON-05); not running or its term over (409,
     * CON-05); months outside 1..6 (422, CON-05).
     */
    public Outcome<Step> extend(int months, ExtensionReason reason, String recommendation, LocalDate recommendedOn,
                                LocalDate today, String actor, Instant now) {
        if (status == ContractStatus.EXTENDED) {
            return Outcome.refused(Refusal.conflict("CON-05", "extension.already-extended",
                    extension.newTermEnd().toString()));
        }
        if (status != ContractStatus.SIGNED || today.isAfter(termEnd)) {
            return Outcome.refused(Refusal.conflict("CON-05", "extension.not-running", status.name())
                    .with("status", status.name()));
        }
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            return Outcome.refused(Refusal.unprocessable("CON-05", "extension.months-out-of-range", months)
                    .withField("months", "extension.months-out-of-range", months));
        }
        LocalDate newEnd = termEnd.plusMonths(months);
        Extension e = new Extension(months, reason, recommendation, recommendedOn, termEnd, newEnd, actor, now);
        Contract c = new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, ContractStatus.EXTENDED, plan, signature, termMonths, newEnd, e, breaches, sanction,
                null, null, openedAt, version);
        return Outcome.accepted(new Step(c, "CONTRACT_EXTENDED", "+" + months + " months to " + newEnd + " for "
                + reason + ", employment commission recommendation " + recommendation + " of " + recommendedOn
                + " (CON-05, ELIG-11)", List.of(new ContractEvent.Extended(c, e, now))));
    }

    // ------------------------------------------------------------------------------------------ breaches (CON-06..08)

    /**
     * CON-06 (1): an operator records a breach (confirmed at once): the first confirmed breach applies the CON-07
     * sanction, the second terminates the contract (CON-08). Refused: terminated (409, CON-08); not running
     * (409, CON-06); a member not of the family (422).
     */
    public Outcome<Step> recordBreach(UUID breachId, String personKey, String reason, LocalDate occurredOn,
                                      String evidence, LocalDate today, String actor, Instant now) {
        return breachAllowed(personKey).flatMap(ok -> {
            Breach b = new Breach(breachId, personKey, BreachSource.OPERATOR, reason, occurredOn, evidence, null,
                    BreachStatus.PROPOSED, actor, null, null, null, null);
            return withBreach(b).confirmed(b, today, actor, now, "recorded by an operator");
        });
    }

    /**
     * A breach proposed from an employment fact for a member of a running contract; changes nothing until an
     * operator confirms it. A second proposal from the same source event is the first one again (no change).
     */
    public Outcome<Step> proposeBreach(UUID breachId, String personKey, BreachSource source, LocalDate occurredOn,
                                       UUID sourceEventId, String actor) {
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        if (source == BreachSource.OPERATOR) {
            throw new IllegalArgumentException("a proposal comes from an employment fact");
        }
        Optional<Breach> same = breaches.stream().filter(b -> sourceEventId.equals(b.sourceEventId())).findFirst();
        if (same.isPresent()) {
            return Outcome.accepted(new Step(this, "NONE", "proposal already known", List.of()));
        }
        return breachAllowed(personKey).map(ok -> {
            Breach b = new Breach(breachId, personKey, source, source.name() + " (EMP-08)", occurredOn,
                    "employment event " + sourceEventId, sourceEventId, BreachStatus.PROPOSED, actor, null, null,
                    null, null);
            return new Step(withBreach(b), "BREACH_PROPOSED", source + " on " + occurredOn + "; awaits an operator",
                    List.of());
        });
    }

    /** An operator confirms a proposed breach; its effect is that of a recorded one (CON-07, CON-08). */
    public Outcome<Step> confirmBreach(UUID breachId, String note, LocalDate today, String actor, Instant now) {
        return proposed(breachId).flatMap(b -> breachAllowed(b.personKey())
                .flatMap(ok -> confirmed(b, today, actor, now, note)));
    }

    /** An operator dismisses a proposed breach: nothing changes but the proposal's status. */
    public Outcome<Step> dismissBreach(UUID breachId, String note, String actor, Instant now) {
        return proposed(breachId).map(b -> new Step(replace(b.decided(BreachStatus.DISMISSED, actor, now, note, null)),
                "BREACH_DISMISSED", note, List.of()));
    }

    /**
     * CON-06 (2): false information led to the assignment (eligibility's {@code AssignmentRevoked}): the contract
     * ends; conditional payments to able-bodied members stop (PAY-03). Refused (409) when already closed.
     */
    public Outcome<Step> terminateForFalseInformation(String reason, LocalDate today, Instant now) {
        if (status.closed()) {
            return Outcome.refused(Refusal.conflict("CON-06", "contract.already-closed", status.name()));
        }
        YearMonth stopFrom = nextPayableMonth(today);
        List<String> continuing = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        for (ContractMember m : members) {
            (m.ableBodied() ? stopped : continuing).add(m.personKey());
        }
        Termination t = new Termination("FALSE_INFORMATION", "CON-06", today, stopFrom, null, reason, continuing,
                stopped);
        Contract c = closed(ContractStatus.TERMINATED, t, today);
        return Outcome.accepted(new Step(c, "CONTRACT_TERMINATED", "CON-06 (2) false information: " + reason,
                List.of(new ContractEvent.Terminated(c, t, now))));
    }

    // ------------------------------------------------------------------------------------------ internals

    private Outcome<Boolean> breachAllowed(String personKey) {
        if (status == ContractStatus.TERMINATED) {
            return Outcome.refused(Refusal.conflict("CON-08", "breach.contract-terminated"));
        }
        if (!status.running()) {
            return Outcome.refused(Refusal.conflict("CON-06", "breach.contract-not-running", status.name())
                    .with("status", status.name()));
        }
        if (personKey != null && member(personKey).isEmpty()) {
            return Outcome.refused(Refusal.unprocessable("CON-06", "breach.member-unknown")
                    .withField("personKey", "breach.member-unknown"));
        }
        return Outcome.accepted(true);
    }

    private Outcome<Breach> proposed(UUID breachId) {
        Optional<Breach> b = breach(breachId);
        if (b.isEmpty()) {
            return Outcome.refused(Refusal.notFound("breach.not-found", breachId.toString()));
        }
        if (b.get().status() != BreachStatus.PROPOSED) {
            return Outcome.refused(Refusal.conflict("CON-06", "breach.not-proposed", b.get().status().name())
                    .with("status", b.get().status().name()));
        }
        return Outcome.accepted(b.get());
    }

    /** CON-07 on the first confirmed breach, CON-08 on the second. */
    private Outcome<Step> confirmed(Breach b, LocalDate today, String actor, Instant now, String note) {
        boolean first = confirmedBreaches().isEmpty();
        YearMonth month = nextPayableMonth(today);
        LocalDate firstDay = month.atDay(1);
        if (first) {
            List<String> affected = new ArrayList<>();
            List<String> exempt = new ArrayList<>();
            for (ContractMember m : members) {
                (m.adultOn(firstDay) && !m.sparedStudentOn(firstDay) ? affected : exempt).add(m.personKey());
            }
            Sanction s = new Sanction(b.id(), month, SANCTION_PERCENT, affected, exempt);
            Contract c = replace(b.decided(BreachStatus.CONFIRMED, actor, now, note, "SANCTION")).withSanction(s);
            return Outcome.accepted(new Step(c, "BREACH_CONFIRMED", "first breach: " + SANCTION_PERCENT + " % in "
                    + month + " for " + affected.size() + " member(s) (CON-07)",
                    List.of(new ContractEvent.SanctionApplied(c, s, now))));
        }
        List<String> continuing = new ArrayList<>();
        List<String> stopped = new ArrayList<>();
        for (ContractMember m : members) {
            (!m.adultOn(firstDay) || m.sparedStudentOn(firstDay) ? continuing : stopped).add(m.personKey());
        }
        Termination t = new Termination("REPEAT_BREACH", "CON-08", today, month, b.id(), b.reason(), continuing,
                stopped);
        Contract c = replace(b.decided(BreachStatus.CONFIRMED, actor, now, note, "TERMINATION"))
                .closed(ContractStatus.TERMINATED, t, today);
        return Outcome.accepted(new Step(c, "CONTRACT_TERMINATED", "repeat breach: conditional payments stop from "
                + month + " except minors and full-time students under 23 (CON-08)",
                List.of(new ContractEvent.Terminated(c, t, now))));
    }

    /**
     * The next payable month after {@code day}: the month after it, but not before the first paid month. (When it
     * lies after the last paid month no payment is affected; the breach still counts for CON-08.)
     */
    YearMonth nextPayableMonth(LocalDate day) {
        YearMonth next = YearMonth.from(day).plusMonths(1);
        return firstPaymentMonth().filter(first -> first.isAfter(next)).orElse(next);
    }

    private Contract with(ContractStatus s, List<PlanActivity> p) {
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, s, p, signature, termMonths, termEnd, extension, breaches, sanction, termination,
                closedOn, openedAt, version);
    }

    private Contract withBreach(Breach b) {
        List<Breach> next = new ArrayList<>(breaches);
        next.add(b);
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, status, plan, signature, termMonths, termEnd, extension, next, sanction, termination,
                closedOn, openedAt, version);
    }

    private Contract replace(Breach b) {
        List<Breach> next = breaches.stream().map(x -> x.id().equals(b.id()) ? b : x).toList();
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, status, plan, signature, termMonths, termEnd, extension, next, sanction, termination,
                closedOn, openedAt, version);
    }

    private Contract withSanction(Sanction s) {
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, status, plan, signature, termMonths, termEnd, extension, breaches, s, termination,
                closedOn, openedAt, version);
    }

    private Contract closed(ContractStatus s, Termination t, LocalDate on) {
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, s, plan, signature, termMonths, termEnd, extension, breaches, sanction, t, on,
                openedAt, version);
    }

    /** The same state as stored under {@code nextVersion} (persistence sets it after a write). */
    public Contract atVersion(long nextVersion) {
        return new Contract(id, decisionId, applicationId, familyId, region, members, commissionConcludedOn,
                signingDeadline, status, plan, signature, termMonths, termEnd, extension, breaches, sanction,
                termination, closedOn, openedAt, nextVersion);
    }
}
