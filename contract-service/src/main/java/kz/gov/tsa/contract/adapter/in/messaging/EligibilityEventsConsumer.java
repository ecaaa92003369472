package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.messaging.EventHandler;
import kz.gov.tsa.messaging.InboundEvent;

import java.util.Set;

/**
 * Consumes {@code tsa.eligibility.v1} through the idempotent inbox: the messaging library calls
 * {@link #handle} inside a transaction only for an event id it has not seen, so a redelivery changes nothing.
 */
@ApplicationScoped
class EligibilityEventsConsumer implements EventHandler {

    private final OpenFamilyCaseUseCase openCase;

    @Inject
    EligibilityEventsConsumer(OpenFamilyCaseUseCase openCase) {
        this.openCase = openCase;
    }

    @Override
    public String name() {
        return "contract-service.eligibility-events";
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
        ApplicationReceived received = event.payloadAs(ApplicationReceived.class);
        openCase.open(new OpenFamilyCaseCommand(received.applicationId(), received.familyId(), received.regionCode(),
                received.quarter(), received.memberCount(), received.receivedAt(),
                "event:" + event.type() + "/" + event.eventId()));
    }
}
