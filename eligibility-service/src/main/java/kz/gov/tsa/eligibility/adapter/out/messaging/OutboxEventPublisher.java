package kz.gov.tsa.eligibility.adapter.out.messaging;

import kz.gov.tsa.eligibility.application.port.out.PersonKeyPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.events.eligibility.ApplicationReceived;
import kz.gov.tsa.events.eligibility.ApplicationWithdrawn;
import kz.gov.tsa.events.eligibility.AssignmentRevoked;
import kz.gov.tsa.events.eligibility.EligibilityDecided;
import kz.gov.tsa.messaging.Outbox;

import java.util.UUID;

/** Maps domain events to the published event records of {@code tsa-events} and appends them to the outbox. */
@ApplicationScoped
class OutboxEventPublisher implements PublishEventPort {

    private final Outbox outbox;
    private final PersonKeyPort personKeys;

    @Inject
    OutboxEventPublisher(Outbox outbox, PersonKeyPort personKeys) {
        this.personKeys = personKeys;
        this.outbox = outbox;
    }

    @Override
    public void publish(ApplicationEvent event, UUID correlationId) {
        Object payload = switch (event) {
            case ApplicationEvent.Received r -> new ApplicationReceived(r.applicationId(), r.familyId(),
                    r.region().value(), r.quarter().toString(), r.memberCount(), r.channel().name(), r.occurredAt());
            case ApplicationEvent.Decided d -> decided(d);
            case ApplicationEvent.Withdrawn w -> new ApplicationWithdrawn(w.applicationId(), w.familyId(),
                    w.region().value(), w.quarter().toString(), w.reason(), w.withdrawnBy(), w.occurredAt());
            case ApplicationEvent.Revoked r -> {
                var revocation = r.decision().revocation().orElseThrow();
                yield new AssignmentRevoked(r.decision().id(), r.applicationId(), r.familyId(), revocation.reason(),
                        revocation.revokedBy(), revocation.revokedAt());
            }
        };
        outbox.appendEvent(payload, event.familyId(), correlationId, event.occurredAt(), event.ruleIds());
    }

    EligibilityDecided decided(ApplicationEvent.Decided event) {
        EligibilityDecision d = event.decision();
        Decision o = d.outcome();
        String kind;
        String refusal = null;
        String amount = null;
        String from = null;
        String to = null;
        switch (o) {
            case Decision.Assignment a -> {
                kind = a instanceof Decision.Unconditional ? "UNCONDITIONAL" : "CONDITIONAL";
                amount = a.monthlyAmount().toString();
                from = a.period().from().toString();
                to = a.period().to().toString();
            }
            case Decision.Refused r -> {
                kind = "REFUSED";
                refusal = r.ruleId();
            }
        }
        var members = d.memberFacts().stream().map(this::member).toList();
        return new EligibilityDecided(d.id(), d.applicationId(), d.familyId(), d.region().value(), d.quarter().toString(),
                kind, refusal, text(o.perCapitaIncome()), text(o.povertyLine()), amount, from, to,
                event.commissionConcludedAt(), d.decidedAt(), members,
                d.paymentMode() == null ? null : d.paymentMode().name());
    }

    /** Copies the facts the domain computed for the member (never re-derives them). */
    private EligibilityDecided.Member member(EligibilityDecision.MemberFacts facts) {
        FamilyMember m = facts.member();
        return new EligibilityDecided.Member(m.iin().value(), m.birthDate(), m.relation().name(),
                facts.share().map(s -> s.monthlyAmount().toString()).orElse(null), facts.ableBodied(),
                m.disability().name(), m.longIllness(), m.fullTimeStudent(),
                facts.careDutiesHeld().stream().map(Enum::name).sorted().toList(), m.employment().name(), m.turns(18),
                m.turns(23), personKeys.personKey(m.iin()));
    }

    private static String text(Tenge t) {
        return t == null ? null : t.toString();
    }
}
