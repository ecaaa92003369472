package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.application.port.in.ReconciliationQuery;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.register.Reconciliation;
import kz.gov.tsa.payment.domain.register.Register;

import java.time.YearMonth;
import java.util.Optional;

/** Schedule ↔ lines ↔ confirmations of a month, within the caller's reach. */
@ApplicationScoped
public class ReconciliationService implements ReconciliationQuery {

    private final RegisterPort registers;

    @Inject
    public ReconciliationService(RegisterPort registers) {
        this.registers = registers;
    }

    @Override
    public Outcome<Reconciliation.Report> reconcile(Caller caller, YearMonth month, Optional<RegionCode> region) {
        return caller.scope(region).map(scope -> report(registers, month, scope));
    }

    static Reconciliation.Report report(RegisterPort registers, YearMonth month, Optional<RegionCode> scope) {
        var all = new java.util.ArrayList<>(registers.instructions(month, scope));
        all.addAll(registers.reissues(month, scope));
        Register register = Register.of(month, scope.map(RegionCode::value).orElse(null), all);
        var ids = register.instructions().stream().map(i -> i.endToEndId()).collect(java.util.stream.Collectors.toSet());
        // a regional report keeps the confirmations of its own instructions; a national one every confirmation
        var confirmations = registers.confirmations(month).stream()
                .filter(c -> scope.isEmpty() || ids.contains(c.endToEndId())).toList();
        return Reconciliation.reconcile(register, confirmations, registers.dueNotIssued(month, scope));
    }
}
