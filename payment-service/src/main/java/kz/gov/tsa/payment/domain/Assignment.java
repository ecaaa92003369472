package kz.gov.tsa.payment.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What payment-service knows of one decided assignment: the decision's facts (kind, payment mode, period, member
 * shares) and what happened to it since — contract signed, extended, lapsed or completed, sanctions, termination,
 * revocation. Every transition returns the next state as a value (or a refusal with its rule ID); the schedule is
 * always computed again from these facts by {@link PaymentSchedule} (replayable, PAY-05).
 *
 * @param periodFrom first assigned month of an unconditional assignment (the quarter's, ELIG-12)
 * @param periodTo   last assigned month of an unconditional assignment
 */
public record Assignment(UUID decisionId, UUID applicationId, String familyId, String regionCode,
                         AssignmentKind kind, PaymentMode mode, YearMonth periodFrom, YearMonth periodTo,
                         Tenge monthlyAmount, List<MemberShare> members, ContractTerm contract, boolean lapsed,
                         boolean completed, List<Sanction> sanctions, Termination termination, Revocation revocation) {

    public Assignment {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(monthlyAmount, "monthlyAmount");
        members = List.copyOf(members == null ? List.of() : members);
        sanctions = List.copyOf(sanctions == null ? List.of() : sanctions);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an assignment has members");
        }
        if (kind == AssignmentKind.UNCONDITIONAL && (periodFrom == null || periodTo == null)) {
            throw new IllegalArgumentException("an unconditional assignment has its period (ELIG-12)");
        }
        if (kind == AssignmentKind.UNCONDITIONAL && mode != PaymentMode.MONTHLY) {
            throw new IllegalArgumentException("an unconditional assignment is paid monthly (ELIG-12)");
        }
    }

    /** A new assignment from a decision (UNCONDITIONAL or CONDITIONAL). */
    public static Assignment decided(UUID decisionId, UUID applicationId, String familyId, String regionCode,
                                     AssignmentKind kind, PaymentMode mode, YearMonth periodFrom, YearMonth periodTo,
                                     Tenge monthlyAmount, List<MemberShare> members) {
        return new Assignment(decisionId, applicationId, familyId, regionCode, kind,
                kind == AssignmentKind.UNCONDITIONAL ? PaymentMode.MONTHLY : mode, periodFrom, periodTo,
                monthlyAmount, members, null, false, false, List.of(), null, null);
    }

    public Optional<ContractTerm> contractTerm() {
        return Optional.ofNullable(contract);
    }

    public Optional<Termination> terminationIfAny() {
        return Optional.ofNullable(termination);
    }

    public Optional<Revocation> revocationIfAny() {
        return Optional.ofNullable(revocation);
    }

    public AssignmentStatus status() {
        if (revocation != null) {
            return AssignmentStatus.REVOKED;
        }
        if (termination != null) {
            return AssignmentStatus.TERMINATED;
        }
        if (lapsed) {
            return AssignmentStatus.LAPSED;
        }
        if (completed) {
            return AssignmentStatus.COMPLETED;
        }
        if (kind == AssignmentKind.CONDITIONAL && contract == null) {
            return AssignmentStatus.AWAITING_CONTRACT;
        }
        return contract != null && contract.extended() ? AssignmentStatus.EXTENDED : AssignmentStatus.SCHEDULED;
    }

    /** ELIG-13, CON-04: the contract was signed; its months are paid. The same signature again changes nothing. */
    public Outcome<Assignment> signContract(ContractTerm term) {
        if (kind != AssignmentKind.CONDITIONAL) {
            return Outcome.refused(Refusal.conflict("ELIG-09", "assignment.not-conditional", decisionId));
        }
        if (contract != null) {
            return contract.contractId().equals(term.contractId()) ? Outcome.accepted(this)
                    : Outcome.refused(Refusal.conflict("ELIG-09", "assignment.other-contract", decisionId));
        }
        if (lapsed || revocation != null) {
            return Outcome.refused(Refusal.conflict("ELIG-09", "assignment.closed", status()));
        }
        return Outcome.accepted(with(term, lapsed, completed, sanctions, termination, revocation));
    }

    /** CON-05: the last paid month moves to {@code newLast}. */
    public Outcome<Assignment> extend(UUID contractId, YearMonth newLast) {
        Optional<Refusal> r = requireContract(contractId, "CON-05");
        if (r.isPresent()) {
            return Outcome.refused(r.get());
        }
        if (newLast.isBefore(contract.last())) {
            return Outcome.refused(Refusal.conflict("CON-05", "assignment.extension-shortens", newLast));
        }
        return Outcome.accepted(with(contract.extendedTo(newLast), lapsed, completed, sanctions, termination,
                revocation));
    }

    /** CON-03, ELIG-09: the draft lapsed; nothing is paid. */
    public Outcome<Assignment> lapse() {
        if (kind != AssignmentKind.CONDITIONAL) {
            return Outcome.refused(Refusal.conflict("ELIG-09", "assignment.not-conditional", decisionId));
        }
        if (contract != null) {
            return Outcome.refused(Refusal.conflict("CON-03", "assignment.already-signed", decisionId));
        }
        return Outcome.accepted(with(null, true, completed, sanctions, termination, revocation));
    }

    /** CON-04: the term ended; the schedule stays as it is. */
    public Outcome<Assignment> complete(UUID contractId) {
        Optional<Refusal> r = requireContract(contractId, "CON-04");
        return r.<Outcome<Assignment>>map(Outcome::refused)
                .orElseGet(() -> Outcome.accepted(with(contract, lapsed, true, sanctions, termination, revocation)));
    }

    /** CON-07, PAY-02: a sanction for one month; the same breach again changes nothing. */
    public Outcome<Assignment> sanction(UUID contractId, Sanction sanction) {
        Optional<Refusal> r = requireContract(contractId, "CON-07");
        if (r.isPresent()) {
            return Outcome.refused(r.get());
        }
        if (sanctions.stream().anyMatch(s -> s.breachId().equals(sanction.breachId()))) {
            return Outcome.accepted(this);
        }
        if (!sanction.affected().stream().allMatch(this::isMember)) {
            return Outcome.refused(Refusal.unprocessable("CON-07", "assignment.member-unknown", decisionId));
        }
        List<Sanction> more = new ArrayList<>(sanctions);
        more.add(sanction);
        return Outcome.accepted(with(contract, lapsed, completed, more, termination, revocation));
    }

    /** CON-08 / CON-06, PAY-03: the contract ended early; only the continuing members keep their shares. */
    public Outcome<Assignment> terminate(UUID contractId, Termination t) {
        Optional<Refusal> r = requireContract(contractId, t.ruleId());
        if (r.isPresent()) {
            return Outcome.refused(r.get());
        }
        if (termination != null) {
            return Outcome.accepted(this);
        }
        return Outcome.accepted(with(contract, lapsed, completed, sanctions, t, revocation));
    }

    /** CON-06 (2), PAY-03: the assignment is revoked; a second revocation changes nothing. */
    public Outcome<Assignment> revoke(Revocation r) {
        if (revocation != null) {
            return Outcome.accepted(this);
        }
        return Outcome.accepted(with(contract, lapsed, completed, sanctions, termination, r));
    }

    /**
     * PAY-03: the members whose payments a revocation stops — every member of an unconditional assignment, the
     * able-bodied members of a conditional one (CON-06 (2)).
     */
    public Set<String> stoppedByRevocation() {
        return members.stream()
                .filter(m -> kind == AssignmentKind.UNCONDITIONAL || m.ableBodied())
                .map(MemberShare::personKey).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMember(String personKey) {
        return members.stream().anyMatch(m -> m.personKey().equals(personKey));
    }

    private Optional<Refusal> requireContract(UUID contractId, String ruleId) {
        if (contract == null) {
            return Optional.of(Refusal.conflict(ruleId, "assignment.no-signed-contract", decisionId));
        }
        if (!contract.contractId().equals(contractId)) {
            return Optional.of(Refusal.conflict(ruleId, "assignment.other-contract", decisionId));
        }
        return Optional.empty();
    }

    private Assignment with(ContractTerm c, boolean lapsed, boolean completed, List<Sanction> sanctions,
                            Termination termination, Revocation revocation) {
        return new Assignment(decisionId, applicationId, familyId, regionCode, kind, mode, periodFrom, periodTo,
                monthlyAmount, members, c, lapsed, completed, sanctions, termination, revocation);
    }
}
