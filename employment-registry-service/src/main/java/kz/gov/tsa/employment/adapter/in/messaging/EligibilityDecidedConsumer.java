package kz.gov.tsa.employment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.employment.application.port.in.RememberFamilyUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;

import java.util.Objects;

/**
 * D-41: an assigned (unconditional or conditional) decision tells which TSA family its members belong to; later
 * employment events of those persons carry that family id. Members are matched by person key only.
 */
@Singleton
class EligibilityDecidedConsumer extends PayloadHandler<EligibilityDecided> {

    private final RememberFamilyUseCase families;

    @Inject
    EligibilityDecidedConsumer(RememberFamilyUseCase families) {
        super("employment-registry-service.eligibility-decided", EventTypes.ELIGIBILITY_DECIDED,
                EligibilityDecided.class);
        this.families = families;
    }

    @Override
    protected void handle(EligibilityDecided d, InboundEvent event) {
        if ("REFUSED".equals(d.kind()) || d.members() == null) {
            return;
        }
        var keys = d.members().stream().map(EligibilityDecided.Member::personKey).filter(Objects::nonNull).toList();
        families.remember(d.familyId(), keys, d.decidedAt() != null ? d.decidedAt() : event.occurredAt());
    }
}
