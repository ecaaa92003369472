package kz.gov.tsa.employment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.employment.application.port.in.RecordReferenceValueUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.reference.ReferenceValuePublished;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.Set;

/**
 * D-40: keeps the versions of the reference values this service uses (the MCI for social payments and the
 * retirement ages) that eligibility-service publishes on {@code tsa.reference.v1}, through the idempotent inbox.
 * Other parameters are skipped; a value that is not a decimal fails the event (retried, then dead-lettered).
 */
@Singleton
class ReferenceValuePublishedConsumer extends PayloadHandler<ReferenceValuePublished> {

    private static final Logger LOG = Logger.getLogger(ReferenceValuePublishedConsumer.class);
    static final Set<String> USED = Set.of("MCI.SOCIAL_PAYMENTS", "RETIREMENT_AGE.MALE", "RETIREMENT_AGE.FEMALE");

    private final RecordReferenceValueUseCase record;

    @Inject
    ReferenceValuePublishedConsumer(RecordReferenceValueUseCase record) {
        super("employment-registry-service.reference-value-published", EventTypes.REFERENCE_VALUE_PUBLISHED,
                ReferenceValuePublished.class);
        this.record = record;
    }

    @Override
    protected void handle(ReferenceValuePublished v, InboundEvent event) {
        if (!USED.contains(v.parameter())) {
            LOG.debugf("reference value %s is not used here; skipped", v.parameter());
            return;
        }
        boolean stored = record.record(new RecordReferenceValueUseCase.Command(v.parameter(), v.validFrom(), v.validTo(),
                new BigDecimal(v.value()), v.version(), v.source(), v.publishedAt(), event.eventId().toString(),
                actorOf(event)));
        LOG.infof("reference value %s from %s version %d %s", v.parameter(), v.validFrom(), v.version(),
                stored ? "stored" : "already known");
    }
}
