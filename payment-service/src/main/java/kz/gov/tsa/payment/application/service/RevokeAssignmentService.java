package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.payment.application.port.out.AssignmentStorePort;
import kz.gov.tsa.payment.application.port.out.PaymentLinesPort;
import kz.gov.tsa.payment.application.port.out.RecoveryPort;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.PaymentSchedule;
import kz.gov.tsa.payment.domain.Recoveries;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** CON-06 (2), PAY-03: revokes the assignment, cancels its unpaid months and records what is to be recovered. */
@ApplicationScoped
public class RevokeAssignmentService implements RevokeAssignmentUseCase {

    private final AssignmentStorePort store;
    private final PaymentLinesPort lines;
    private final RecoveryPort recoveries;
    private final Clock clock;

    @Inject
    public RevokeAssignmentService(AssignmentStorePort store, PaymentLinesPort lines, RecoveryPort recoveries,
                                   Clock clock) {
        this.store = store;
        this.lines = lines;
        this.recoveries = recoveries;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Assignment> revoke(Command c) {
        var found = store.findForUpdate(c.decisionId());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("assignment.unknown-decision", c.decisionId())
                    .with("decisionId", c.decisionId().toString()));
        }
        Assignment current = found.get();
        Assignment revoked = current.revoke(c.revocation()).orElseThrow();
        if (revoked.equals(current)) {
            return Outcome.accepted(current);
        }
        store.update(revoked, PaymentSchedule.of(revoked), new AssignmentStorePort.Change(c.actor(),
                "ASSIGNMENT_REVOKED", "false information (CON-06 (2)): unpaid months cancelled for "
                + revoked.stoppedByRevocation().size() + " members (PAY-03)",
                RecordAssignmentFactService.details(revoked, Map.of("reason", c.revocation().reason()))));
        Recoveries.forRevocation(revoked, lines.ofFamily(revoked.familyId()), UUID.randomUUID(), clock.instant())
                .ifPresent(r -> recoveries.save(r, c.actor()));
        return Outcome.accepted(revoked);
    }
}
