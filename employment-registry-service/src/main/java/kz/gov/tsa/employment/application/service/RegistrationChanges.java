package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.kernel.Outcome;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Applies an accepted step: stores the registration (audited with the actor) and publishes its events. */
final class RegistrationChanges {

    private final RegistrationStorePort store;
    private final PublishEventPort events;

    RegistrationChanges(RegistrationStorePort store, PublishEventPort events) {
        this.store = store;
        this.events = events;
    }

    Outcome<Registration> apply(Outcome<Registration> target, Function<Registration, Outcome<Step>> transition,
                                String actor) {
        return target.flatMap(transition).map(step -> commit(step, actor));
    }

    /**
     * A job's round over the registrations its store claimed (row locks, skipped when held): each takes
     * {@code step}; a step that changed something is stored (the version-checked update also moves the row's job
     * index) and its events published. Returns how many events the round announced.
     */
    int sweep(List<UUID> claimed, Function<Registration, Step> step, String actor) {
        int announced = 0;
        for (UUID id : claimed) {
            Step s = step.apply(store.findById(id).orElseThrow());
            if (s.changed()) {
                commit(s, actor);
                announced += s.events().size();
            }
        }
        return announced;
    }

    Registration commit(Step step, String actor) {
        if (!step.changed()) {
            return step.registration();
        }
        Registration stored = store.update(step, actor);
        step.events().forEach(events::publish);
        return stored;
    }
}
