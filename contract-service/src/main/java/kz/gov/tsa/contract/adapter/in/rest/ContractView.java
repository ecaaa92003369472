package kz.gov.tsa.contract.adapter.in.rest;

import kz.gov.tsa.contract.domain.ActivityStatus;
import kz.gov.tsa.contract.domain.Breach;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ContractMember;
import kz.gov.tsa.contract.domain.Extension;
import kz.gov.tsa.contract.domain.PlanActivity;
import kz.gov.tsa.contract.domain.Sanction;
import kz.gov.tsa.contract.domain.Signature;
import kz.gov.tsa.contract.domain.Termination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** API view of a contract: members (masked), the plan with its progress, breach history, term and outcome. */
public record ContractView(UUID id, UUID decisionId, UUID applicationId, String familyId, String regionCode,
                           String status, LocalDate commissionConcludedOn, LocalDate signingDeadline,
                           List<Member> members, List<PlanActivity> plan, Progress planProgress, Signature signature,
                           int termMonths, LocalDate termEnd, String firstPaymentMonth, String lastPaymentMonth,
                           Extension extension, List<Breach> breaches, Sanction sanction, Termination termination,
                           LocalDate closedOn, Instant openedAt) {

    /** A member as operators see them (no IIN, no birth date). */
    public record Member(String personKey, String maskedIin, String relation, boolean ableBodied,
                         List<String> con09Exemptions) {
    }

    public record Progress(int activities, int done, int inProgress, int notDone) {
    }

    static ContractView of(Contract c) {
        var members = c.members().stream().map(ContractView::member).toList();
        var plan = c.plan();
        var progress = new Progress(plan.size(), count(plan, ActivityStatus.DONE), count(plan, ActivityStatus.IN_PROGRESS),
                count(plan, ActivityStatus.NOT_DONE));
        return new ContractView(c.id(), c.decisionId(), c.applicationId(), c.familyId(), c.region().value(),
                c.status().name(), c.commissionConcludedOn(), c.signingDeadline(), members, plan, progress,
                c.signature(), c.termMonths(), c.termEnd(), c.firstPaymentMonth().map(Object::toString).orElse(null),
                c.lastPaymentMonth().map(Object::toString).orElse(null), c.extension(), c.breaches(), c.sanction(),
                c.termination(), c.closedOn(), c.openedAt());
    }

    private static Member member(ContractMember m) {
        return new Member(m.personKey(), m.maskedIin(), m.relation(), m.ableBodied(), m.con09Exemptions());
    }

    private static int count(List<PlanActivity> plan, ActivityStatus status) {
        return (int) plan.stream().filter(a -> a.status() == status).count();
    }
}
