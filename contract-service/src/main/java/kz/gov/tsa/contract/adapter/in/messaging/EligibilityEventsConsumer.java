package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseCommand;
import kz.gov.tsa.contract.application.port.in.OpenFamilyCaseUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;

/**
 * {@code ApplicationReceived} → a family case, through the idempotent inbox: the messaging library
 * calls it inside a transaction only for an event id it has not seen, so a redelivery changes nothing.
 */
@Singleton
class EligibilityEventsConsumer extends PayloadHandler<ApplicationReceived> {

    private final OpenFamilyCaseUseCase openCase;

    @Inject
    EligibilityEventsConsumer(OpenFamilyCaseUseCase openCase) {
        super("contract-service.eligibility-events", EventTypes.APPLICATION_RECEIVED, ApplicationReceived.class);
        this.openCase = openCase;
    }

    @Override
    protected void handle(ApplicationReceived received, InboundEvent event) {
        openCase.open(new OpenFamilyCaseCommand(received.applicationId(), received.familyId(), received.regionCode(),
                received.quarter(), received.memberCount(), received.receivedAt(), actorOf(event)));
    }
}
