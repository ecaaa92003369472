package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.messaging.EventHandler;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.payment.application.port.in.RecordPendingApplicationUseCase;
import kz.gov.tsa.payment.domain.PendingApplication;

import java.util.Set;

/** {@code ApplicationReceived} → a pending application, through the idempotent inbox. */
@ApplicationScoped
class ApplicationReceivedConsumer implements EventHandler {

    private final RecordPendingApplicationUseCase record;

    @Inject
    ApplicationReceivedConsumer(RecordPendingApplicationUseCase record) {
        this.record = record;
    }

    @Override
    public String name() {
        return "payment-service.application-received";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ELIGIBILITY);
    }

    @Override
    public boolean accepts(String eventType) {
        return EventTypes.APPLICATION_RECEIVED.name().equals(eventType);
    }

    @Override
    public void handle(InboundEvent event) {
        ApplicationReceived r = event.payloadAs(ApplicationReceived.class);
        record.record(new PendingApplication(r.applicationId(), r.familyId(), r.regionCode(), r.quarter(),
                r.memberCount(), r.receivedAt()), "event:" + event.type() + "/" + event.eventId());
    }
}
