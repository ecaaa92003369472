package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.ApplicationWithdrawn;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.ForgetWithdrawnApplicationUseCase;

/** {@code ApplicationWithdrawn} (D-97) → the application leaves the pipeline, through the idempotent inbox. */
@Singleton
class ApplicationWithdrawnConsumer extends PayloadHandler<ApplicationWithdrawn> {

    private final ForgetWithdrawnApplicationUseCase forget;

    @Inject
    ApplicationWithdrawnConsumer(ForgetWithdrawnApplicationUseCase forget) {
        super("payment-service.application-withdrawn", EventTypes.APPLICATION_WITHDRAWN, ApplicationWithdrawn.class);
        this.forget = forget;
    }

    @Override
    protected void handle(ApplicationWithdrawn w, InboundEvent event) {
        forget.withdrawn(w.applicationId(), actorOf(event));
    }
}
