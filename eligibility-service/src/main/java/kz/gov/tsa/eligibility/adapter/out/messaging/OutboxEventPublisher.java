package kz.gov.tsa.eligibility.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.events.EventEnvelope;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.messaging.Outbox;

import java.util.UUID;

/** Maps domain events to the published event records of {@code tsa-events} and appends them to the outbox. */
@ApplicationScoped
class OutboxEventPublisher implements PublishEventPort {

    private final Outbox outbox;

    @Inject
    OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ApplicationEvent event, UUID correlationId) {
        Object payload = switch (event) {
            case ApplicationEvent.Received r -> new ApplicationReceived(r.applicationId(), r.familyId(),
                    r.region().value(), r.quarter().toString(), r.memberCount(), r.channel().name(), r.occurredAt());
        };
        outbox.append(EventEnvelope.of(payload, event.familyId(), correlationId, null, event.occurredAt(),
                event.ruleIds()));
    }
}
