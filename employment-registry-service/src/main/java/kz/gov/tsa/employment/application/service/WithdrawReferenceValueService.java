package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.employment.application.port.in.WithdrawReferenceValueUseCase;
import kz.gov.tsa.employment.application.port.out.SaveReferenceValuePort;

/** D-99: keeps each withdrawal of a published version (a replay stores nothing); reading honours the earliest day. */
@ApplicationScoped
public class WithdrawReferenceValueService implements WithdrawReferenceValueUseCase {

    private final SaveReferenceValuePort store;

    @Inject
    public WithdrawReferenceValueService(SaveReferenceValuePort store) {
        this.store = store;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean withdraw(Command c) {
        return store.withdraw(new SaveReferenceValuePort.Withdrawal(c.parameter(), c.validFrom(), c.version(), c.from(),
                c.withdrawnAt(), c.eventId()), c.actor());
    }
}
