package kz.gov.tsa.contract.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.contract.application.port.in.OpenContractDraftUseCase;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import org.jboss.logging.Logger;

/**
 * ELIG-09: a CONDITIONAL {@code EligibilityDecided} opens the family's contract draft, through the idempotent inbox
 * (and the draft is unique per decision, so even a replay under another event id opens one). UNCONDITIONAL and
 * REFUSED decisions open nothing. A refusal (no calendar data for the deadline) fails the event, which the
 * messaging library retries and then dead-letters.
 */
@Singleton
class EligibilityDecidedConsumer extends PayloadHandler<EligibilityDecided> {

    private static final Logger LOG = Logger.getLogger(EligibilityDecidedConsumer.class);

    private final OpenContractDraftUseCase open;

    @Inject
    EligibilityDecidedConsumer(OpenContractDraftUseCase open) {
        super("contract-service.eligibility-decided", EventTypes.ELIGIBILITY_DECIDED, EligibilityDecided.class);
        this.open = open;
    }

    @Override
    protected void handle(EligibilityDecided d, InboundEvent event) {
        if (!"CONDITIONAL".equals(d.kind())) {
            return;
        }
        if (d.commissionConcludedAt() == null) {
            throw new IllegalStateException("conditional decision " + d.decisionId()
                    + " carries no commissionConcludedAt: CON-03 cannot count its deadline");
        }
        var members = d.members().stream().map(m -> new OpenContractDraftUseCase.Member(Iin.parse(m.iin()),
                m.birthDate(), m.relation(), m.ableBodied(), m.disability(), m.longIllness(), m.fullTimeStudent(),
                m.careDuties(), m.employment())).toList();
        var outcome = open.open(new OpenContractDraftUseCase.Command(d.decisionId(), d.applicationId(), d.familyId(),
                new RegionCode(d.regionCode()), d.commissionConcludedAt(), members, actorOf(event)));
        outcome.refusalIfAny().ifPresent(r -> {
            LOG.errorf("No contract draft for decision %s: %s", d.decisionId(), r);
            throw new IllegalStateException("no contract draft for decision " + d.decisionId() + ": " + r);
        });
    }
}
