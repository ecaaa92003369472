package kz.gov.tsa.contract.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.contract.application.port.in.TerminateForFalseInformationUseCase;
import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;

/** CON-06 (2): the contract of a revoked decision ends. */
@ApplicationScoped
public class TerminateForFalseInformationService implements TerminateForFalseInformationUseCase {

    private final ContractStorePort store;
    private final ContractChanges changes;
    private final Clock clock;

    @Inject
    public TerminateForFalseInformationService(ContractStorePort store, PublishEventPort events, Clock clock) {
        this.store = store;
        this.changes = new ContractChanges(store, events);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Contract> terminate(Command c) {
        Outcome<Contract> target = store.findByDecision(c.decisionId()).flatMap(found -> store.findForUpdate(found.id()))
                .map(Outcome::accepted)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("contract.no-contract-for-decision",
                        c.decisionId().toString())));
        return changes.apply(target, contract -> contract.terminateForFalseInformation(c.reason(),
                LocalDate.ofInstant(c.revokedAt(), clock.getZone()), clock.instant()), c.actor());
    }
}
