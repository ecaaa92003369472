package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.PaymentSchedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** PAY-01..03: applies one decision or contract fact to the assignment and replaces its schedule; audited. */
@ApplicationScoped
public class RecordAssignmentFactService implements RecordAssignmentFactUseCase {

    private final AssignmentStorePort store;

    @Inject
    public RecordAssignmentFactService(AssignmentStorePort store) {
        this.store = store;
    }

    @Override
    @Transactional
    public Outcome<Assignment> record(Fact fact, String actor) {
        if (fact instanceof Decided d) {
            Assignment a = d.assignment();
            boolean inserted = store.insert(a, PaymentSchedule.of(a), new AssignmentStorePort.Change(actor,
                    "ASSIGNMENT_RECORDED", "decided " + a.kind() + ", paid " + a.mode() + " (PAY-01)",
                    details(a, Map.of("members", a.members().size(), "monthlyAmount", a.monthlyAmount().toString()))));
            return inserted ? Outcome.accepted(a) : Outcome.accepted(store.findForUpdate(a.decisionId()).orElse(a));
        }
        Optional<Assignment> found = store.findForUpdate(fact.decisionId());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("assignment.unknown-decision", fact.decisionId())
                    .with("decisionId", fact.decisionId().toString()));
        }
        Assignment current = found.get();
        Outcome<Assignment> next = switch (fact) {
            case Decided d -> Outcome.accepted(current);
            case ContractSigned s -> current.signContract(s.term());
            case ContractExtended e -> current.extend(e.contractId(), e.lastPaymentMonth());
            case ContractLapsed l -> current.lapse();
            case SanctionApplied s -> current.sanction(s.contractId(), s.sanction());
            case ContractTerminated t -> current.terminate(t.contractId(), t.termination());
            case ContractCompleted c -> current.complete(c.contractId());
        };
        if (next instanceof Outcome.Accepted<Assignment>(Assignment changed) && !changed.equals(current)) {
            store.update(changed, PaymentSchedule.of(changed), change(fact, changed, actor));
        }
        return next;
    }

    private static AssignmentStorePort.Change change(Fact fact, Assignment a, String actor) {
        return switch (fact) {
            case Decided d -> throw new IllegalStateException("a decision is inserted");
            case ContractSigned s -> new AssignmentStorePort.Change(actor, "CONTRACT_SIGNED",
                    "contract signed: months " + s.term().first() + ".." + s.term().last() + " due (PAY-01, ELIG-13)",
                    details(a, Map.of("contractId", s.term().contractId().toString())));
            case ContractExtended e -> new AssignmentStorePort.Change(actor, "CONTRACT_EXTENDED",
                    "contract extended to " + e.lastPaymentMonth() + " (CON-05)", details(a, Map.of()));
            case ContractLapsed l -> new AssignmentStorePort.Change(actor, "CONTRACT_LAPSED",
                    "contract not signed in time: nothing is paid (ELIG-09, CON-03)", details(a, Map.of()));
            case SanctionApplied s -> new AssignmentStorePort.Change(actor, "SANCTION_APPLIED",
                    s.sanction().percent() + " % less for " + s.sanction().affected().size() + " members in "
                            + s.sanction().month() + " (PAY-02, CON-07)",
                    details(a, Map.of("month", s.sanction().month().toString(),
                            "breachId", s.sanction().breachId().toString())));
            case ContractTerminated t -> new AssignmentStorePort.Change(actor, "CONTRACT_TERMINATED",
                    "payments stop from " + t.termination().firstMonthStopped() + " except "
                            + t.termination().continuing().size() + " members (PAY-03, " + t.termination().ruleId() + ")",
                    details(a, Map.of("cause", t.termination().cause())));
            case ContractCompleted c -> new AssignmentStorePort.Change(actor, "CONTRACT_COMPLETED",
                    "contract term ended (CON-04)", details(a, Map.of()));
        };
    }

    static Map<String, Object> details(Assignment a, Map<String, ?> more) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("familyId", a.familyId());
        d.put("region", a.regionCode());
        d.put("status", a.status().name());
        d.putAll(more);
        return d;
    }
}
