package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.RecordPendingApplicationUseCase;
import kz.gov.tsa.payment.domain.PendingApplication;

/** {@code ApplicationReceived} → a pending application, through the idempotent inbox. */
@Singleton
class ApplicationReceivedConsumer extends PayloadHandler<ApplicationReceived> {

    private final RecordPendingApplicationUseCase record;

    @Inject
    ApplicationReceivedConsumer(RecordPendingApplicationUseCase record) {
        super("payment-service.application-received", EventTypes.APPLICATION_RECEIVED, ApplicationReceived.class);
        this.record = record;
    }

    @Override
    protected void handle(ApplicationReceived r, InboundEvent event) {
        record.record(new PendingApplication(r.applicationId(), r.familyId(), r.regionCode(), r.quarter(),
                r.memberCount(), r.receivedAt()), actorOf(event));
    }
}
