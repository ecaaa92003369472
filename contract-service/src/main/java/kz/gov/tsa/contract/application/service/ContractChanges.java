package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.out.ContractStorePort;
import kz.gov.tsa.contract.application.port.out.PublishEventPort;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.Step;
import kz.gov.tsa.kernel.Outcome;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Applies an accepted step: stores the contract (audited with the actor) and publishes its events. */
final class ContractChanges {

    private final ContractStorePort store;
    private final PublishEventPort events;

    ContractChanges(ContractStorePort store, PublishEventPort events) {
        this.store = store;
        this.events = events;
    }

    /** Runs {@code transition} on the contract; an accepted step is stored and published. */
    Outcome<Contract> apply(Outcome<Contract> target, Function<Contract, Outcome<Step>> transition, String actor) {
        return target.flatMap(transition).map(step -> commit(step, actor));
    }

    /**
     * A job's round over the contracts its store claimed (row locks, skipped when held): each takes
     * {@code transition}; an accepted step is stored and published, a refused one (the contract moved on since it
     * was claimed) is left alone. Returns how many contracts changed.
     */
    int sweep(List<UUID> claimed, Function<Contract, Outcome<Step>> transition, String actor) {
        int changed = 0;
        for (UUID id : claimed) {
            var step = transition.apply(store.findById(id).orElseThrow());
            if (!step.isRefused()) {
                commit(step.orElseThrow(), actor);
                changed++;
            }
        }
        return changed;
    }

    Contract commit(Step step, String actor) {
        if ("NONE".equals(step.action())) {
            return step.contract();
        }
        Contract stored = store.update(step, actor);
        step.events().forEach(events::publish);
        return stored;
    }
}
