package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PersonKeyPort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Step;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;

import java.util.UUID;
import java.util.function.Function;

/**
 * The common path of a staff member's change to one contract: read it locked, check that the caller may change it
 * (operator or admin of its region, else 404 — D-31), run the transition, store the accepted step audited with the
 * caller as actor and publish its events. Each use case keeps its own transition.
 */
final class OperatorEdits {

    private final ContractStorePort store;
    private final ContractAccess access;
    private final ContractChanges changes;

    OperatorEdits(ContractStorePort store, PersonKeyPort personKeys, PublishEventPort events) {
        this.store = store;
        this.access = new ContractAccess(personKeys);
        this.changes = new ContractChanges(store, events);
    }

    Outcome<Contract> apply(Caller caller, UUID contractId, Function<Contract, Outcome<Step>> transition) {
        return changes.apply(access.writable(caller, contractId, store.findForUpdate(contractId)), transition,
                caller.subject());
    }
}
