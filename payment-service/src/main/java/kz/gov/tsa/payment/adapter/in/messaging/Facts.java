package kz.gov.tsa.payment.adapter.in.messaging;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.messaging.InboundEvent;
import org.jboss.logging.Logger;

import java.time.YearMonth;

/**
 * How a consumer settles a use case's answer: a fact for a decision not known yet fails the event, which the inbox
 * retries with backoff (the decision travels on another topic and may come later) and finally dead-letters; a fact
 * that does not fit the assignment's state (e.g. a lapse after a signature) is logged and consumed — retrying
 * cannot change it.
 */
final class Facts {

    private static final Logger LOG = Logger.getLogger(Facts.class);

    private Facts() {
    }

    static void settle(Outcome<?> outcome, InboundEvent event) {
        outcome.refusalIfAny().ifPresent(r -> {
            if (r.kind() == Refusal.Kind.NOT_FOUND) {
                throw new IllegalStateException(event.type() + " " + event.eventId() + " names a decision not known yet: "
                        + r);
            }
            LOG.warnf("%s %s changes nothing: %s", event.type(), event.eventId(), r);
        });
    }

    static YearMonth month(String yyyyMm) {
        return YearMonth.parse(yyyyMm);
    }
}
