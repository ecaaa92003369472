package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.application.port.in.ImportBankConfirmationsUseCase;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.register.Reconciliation;

import java.util.Optional;
import java.util.UUID;

/** Stores the bank's file (audited) and answers the month's national reconciliation. */
@ApplicationScoped
public class ImportBankConfirmationsService implements ImportBankConfirmationsUseCase {

    private final RegisterPort registers;

    @Inject
    public ImportBankConfirmationsService(RegisterPort registers) {
        this.registers = registers;
    }

    @Override
    @Transactional
    public Outcome<Reconciliation.Report> importFile(Command c) {
        if (!c.caller().nationwide()) {
            return Outcome.refused(Refusal.forbidden("confirmation.nationwide-only"));
        }
        if (c.confirmations().isEmpty()) {
            return Outcome.refused(Refusal.invalid("PAY-04", "confirmation.empty"));
        }
        registers.saveConfirmations(UUID.randomUUID(), c.month(), c.confirmations(), c.caller().subject());
        return Outcome.accepted(ReconciliationService.report(registers, c.month(), Optional.empty()));
    }
}
