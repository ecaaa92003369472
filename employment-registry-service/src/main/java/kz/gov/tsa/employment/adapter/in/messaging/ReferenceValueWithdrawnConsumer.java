package kz.gov.tsa.employment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.employment.application.port.in.WithdrawReferenceValueUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.reference.ReferenceValueWithdrawn;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import org.jboss.logging.Logger;

/**
 * D-99: a version of a reference value this service uses no longer counts from a day on (eligibility-service closed,
 * withdrew or corrected it), through the idempotent inbox; other parameters are skipped.
 */
@Singleton
class ReferenceValueWithdrawnConsumer extends PayloadHandler<ReferenceValueWithdrawn> {

    private static final Logger LOG = Logger.getLogger(ReferenceValueWithdrawnConsumer.class);

    private final WithdrawReferenceValueUseCase withdraw;

    @Inject
    ReferenceValueWithdrawnConsumer(WithdrawReferenceValueUseCase withdraw) {
        super("employment-registry-service.reference-value-withdrawn", EventTypes.REFERENCE_VALUE_WITHDRAWN,
                ReferenceValueWithdrawn.class);
        this.withdraw = withdraw;
    }

    @Override
    protected void handle(ReferenceValueWithdrawn w, InboundEvent event) {
        if (!ReferenceValuePublishedConsumer.USED.contains(w.parameter())) {
            LOG.debugf("reference value %s is not used here; skipped", w.parameter());
            return;
        }
        boolean stored = withdraw.withdraw(new WithdrawReferenceValueUseCase.Command(w.parameter(), w.validFrom(),
                w.version(), w.withdrawnFrom(), w.withdrawnAt(), event.eventId().toString(), actorOf(event)));
        LOG.infof("reference value %s version %d no longer counts from %s: %s", w.parameter(), w.version(),
                w.withdrawnFrom(), stored ? "stored" : "already known");
    }
}
