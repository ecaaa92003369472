package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationUseCase;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;

import java.time.Clock;
import java.util.UUID;

/**
 * Stores the application and writes {@code ApplicationReceived} to the outbox in ONE transaction:
 * either both commit or neither does (ARCHITECTURE.md §4).
 */
@ApplicationScoped
public class SubmitApplicationService implements SubmitApplicationUseCase {

    private final SaveApplicationPort save;
    private final LoadApplicationPort load;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public SubmitApplicationService(SaveApplicationPort save, LoadApplicationPort load, PublishEventPort events,
                                    Clock clock) {
        this.save = save;
        this.load = load;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result submit(SubmitApplicationCommand command) {
        if (command.idempotencyKey().isPresent()) {
            var earlier = load.loadByIdempotencyKey(command.actor(), command.idempotencyKey().get());
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(command.fingerprint())) {
                    throw new IdempotencyKeyReusedException();
                }
                return new Result(earlier.get().application(), true);
            }
        }
        Application application = Application.receive(UUID.randomUUID(), command.region(), command.quarter(),
                command.members(), command.livingConditions(), command.channel(), command.actor(), clock.instant());
        save.saveNew(application, command.idempotencyKey()
                .map(key -> new SaveApplicationPort.IdempotencyRecord(key, command.fingerprint())));
        events.publish(application.receivedEvent(), application.id());
        return new Result(application, false);
    }
}
