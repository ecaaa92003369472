package kz.gov.tsa.payment.adapter.in.messaging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kz.gov.tsa.events.EventTypes;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.messaging.InboundEvent;
import kz.gov.tsa.messaging.PayloadHandler;
import kz.gov.tsa.payment.application.port.in.ForgetDecidedApplicationUseCase;
import kz.gov.tsa.payment.application.port.in.RecordAssignmentFactUseCase;
import kz.gov.tsa.payment.domain.Assignment;
import kz.gov.tsa.payment.domain.AssignmentKind;
import kz.gov.tsa.payment.domain.MemberShare;
import kz.gov.tsa.payment.domain.PaymentMode;

import java.time.YearMonth;

/**
 * {@code EligibilityDecided} → the application leaves the pipeline; an UNCONDITIONAL or CONDITIONAL decision becomes an
 * assignment with its schedule (PAY-01; conditional: due once the contract is signed). Members are kept by person key
 * and masked IIN only (D-13); a REFUSED decision pays nothing.
 */
@Singleton
class EligibilityDecidedConsumer extends PayloadHandler<EligibilityDecided> {

    private final RecordAssignmentFactUseCase facts;
    private final ForgetDecidedApplicationUseCase pipeline;

    @Inject
    EligibilityDecidedConsumer(RecordAssignmentFactUseCase facts, ForgetDecidedApplicationUseCase pipeline) {
        super("payment-service.eligibility-decided", EventTypes.ELIGIBILITY_DECIDED, EligibilityDecided.class);
        this.facts = facts;
        this.pipeline = pipeline;
    }

    @Override
    protected void handle(EligibilityDecided d, InboundEvent event) {
        pipeline.decided(d.applicationId(), actorOf(event));
        if ("REFUSED".equals(d.kind())) {
            return;
        }
        var members = d.members().stream().map(m -> {
            if (m.personKey() == null) {
                throw new IllegalStateException("decision " + d.decisionId() + " names a member without a person key");
            }
            return new MemberShare(m.personKey(), Iin.mask(m.iin()), Tenge.of(m.monthlyShare()), m.ableBodied());
        }).toList();
        Assignment a = Assignment.decided(d.decisionId(), d.applicationId(), d.familyId(), d.regionCode(),
                AssignmentKind.valueOf(d.kind()), PaymentMode.of(d.paymentMode()),
                d.periodFrom() == null ? null : YearMonth.parse(d.periodFrom()),
                d.periodTo() == null ? null : YearMonth.parse(d.periodTo()), Tenge.of(d.monthlyAmount()), members);
        Facts.settle(facts.record(new RecordAssignmentFactUseCase.Decided(a), actorOf(event)), event);
    }
}
