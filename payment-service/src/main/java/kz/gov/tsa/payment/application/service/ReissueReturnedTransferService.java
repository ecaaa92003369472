package kz.gov.tsa.payment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.payment.application.port.in.ReissueReturnedTransferUseCase;
import kz.gov.tsa.payment.application.port.out.RegisterPort;
import kz.gov.tsa.payment.domain.register.Instruction;
import kz.gov.tsa.payment.domain.register.Register;
import kz.gov.tsa.payment.domain.register.Reissues;

import java.util.Optional;

/** Re-issues a returned transfer once (the table's key on the original id keeps it once under concurrency too). */
@ApplicationScoped
public class ReissueReturnedTransferService implements ReissueReturnedTransferUseCase {

    private final RegisterPort registers;

    @Inject
    public ReissueReturnedTransferService(RegisterPort registers) {
        this.registers = registers;
    }

    @Override
    @Transactional
    public Outcome<Instruction> reissue(Command c) {
        if (!c.caller().hasAnyRole("operator", "admin") || !c.caller().nationwide()) {
            return Outcome.refused(Refusal.forbidden("confirmation.nationwide-only"));
        }
        Register month = Register.of(c.month(), null, registers.instructions(c.month(), Optional.empty()));
        return Reissues.reissue(c.endToEndId(), month, registers.confirmations(c.month()),
                registers.reissueOf(c.endToEndId())).flatMap(reissue ->
                registers.saveReissue(c.endToEndId(), reissue, c.caller().subject()) ? Outcome.accepted(reissue)
                        : Outcome.refused(Refusal.conflict("PAY-04", "reissue.only-once", c.endToEndId(),
                        reissue.endToEndId())));
    }
}
