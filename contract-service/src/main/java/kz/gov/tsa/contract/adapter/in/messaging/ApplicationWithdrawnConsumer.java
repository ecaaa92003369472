package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.contract.application.port.in.CloseWithdrawnCaseUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.ApplicationWithdrawn;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;

/** {@code ApplicationWithdrawn} → the family's case closes (D-97), through the idempotent inbox. */
@Singleton
class ApplicationWithdrawnConsumer extends PayloadHandler<ApplicationWithdrawn> {

    private final CloseWithdrawnCaseUseCase close;

    @Inject
    ApplicationWithdrawnConsumer(CloseWithdrawnCaseUseCase close) {
        super("contract-service.application-withdrawn", EventTypes.APPLICATION_WITHDRAWN, ApplicationWithdrawn.class);
        this.close = close;
    }

    @Override
    protected void handle(ApplicationWithdrawn withdrawn, InboundEvent event) {
        close.withdrawn(withdrawn.applicationId(), withdrawn.reason(), actorOf(event));
    }
}
