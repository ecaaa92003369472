package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.Step;
import kz.gov.tsa.kernel.Outcome;

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

    Registration commit(Step step, String actor) {
        if (!step.changed()) {
            return step.registration();
        }
        Registration stored = store.update(step, actor);
        step.events().forEach(events::publish);
        return stored;
    }
}
