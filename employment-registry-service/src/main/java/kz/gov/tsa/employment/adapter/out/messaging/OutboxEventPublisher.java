package kz.gov.tsa.employment.adapter.out.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.out.PublishEventPort;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationRefusal;
import kz.gov.tsa.events.Topics;
import kz.gov.tsa.events.employment.CheckInMissed;
import kz.gov.tsa.events.employment.Deregistered;
import kz.gov.tsa.events.employment.JobSeekerRegistered;
import kz.gov.tsa.events.employment.MeasureCompleted;
import kz.gov.tsa.events.employment.MeasureQuit;
import kz.gov.tsa.events.employment.MeasureStarted;
import kz.gov.tsa.events.employment.ReferralIgnored;
import kz.gov.tsa.events.employment.RegistrationRefused;
import kz.gov.tsa.events.employment.SuitableWorkRefused;
import kz.gov.tsa.events.employment.UnemployedRegistered;
import kz.gov.tsa.messaging.Outbox;

import java.util.List;

/**
 * Maps employment events to the {@code tsa.employment.v1} records and appends them to the outbox, keyed by the
 * person key so that one person's events stay in order (D-44). The envelope's {@code familyId} is the person's TSA
 * family when known, else the person key (the envelope requires one); the payload's {@code familyId} is null then.
 * Correlation id = the registration id.
 */
@ApplicationScoped
class OutboxEventPublisher implements PublishEventPort {

    private final Outbox outbox;

    @Inject
    OutboxEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(EmploymentEvent event) {
        Registration r = event.registration();
        String region = r.region().value();
        Object payload = switch (event) {
            case EmploymentEvent.JobSeekerRegistered e -> new JobSeekerRegistered(r.id(), r.personKey(), r.familyId(),
                    region, r.rural(), r.channel().name(), r.registeredOn(), r.offerDeadline(), r.nextCheckInDue());
            case EmploymentEvent.UnemployedRegistered e -> new UnemployedRegistered(r.id(), r.personKey(), r.familyId(),
                    region, r.unemployedSince(), r.unemployedDecision().notificationOn(), r.nextCheckInDue());
            case EmploymentEvent.CheckInMissed e -> new CheckInMissed(r.id(), r.personKey(), r.familyId(), region,
                    r.status().name(), e.dueOn(), e.lastCheckIn(), e.detectedOn());
            case EmploymentEvent.Deregistered e -> new Deregistered(r.id(), r.personKey(), r.familyId(), region,
                    r.deregistration().reason().name(), r.deregistration().reason().citation(), r.deregistration().on(),
                    r.deregistration().firstReRegistrationOn());
            case EmploymentEvent.ReferralIgnored e -> new ReferralIgnored(e.referral().id(), r.id(), r.personKey(),
                    r.familyId(), region, e.referral().kind().name(), e.referral().target(), e.referral().referredOn(),
                    e.referral().turnUpBy());
            case EmploymentEvent.SuitableWorkRefused e -> new SuitableWorkRefused(e.referral().id(), r.id(),
                    r.personKey(), r.familyId(), region, e.referral().outcomeOn(), e.refusalCount(), e.deregistered());
            case EmploymentEvent.MeasureStarted e -> new MeasureStarted(e.participation().id(), r.id(), r.personKey(),
                    r.familyId(), region, e.participation().kind().name(), e.participation().kind().ruleId(),
                    e.participation().startOn(), e.participation().endOn());
            case EmploymentEvent.MeasureQuit e -> new MeasureQuit(e.participation().id(), r.id(), r.personKey(),
                    r.familyId(), region, e.participation().kind().name(), e.participation().quitOn(),
                    e.participation().ownInitiative());
            case EmploymentEvent.MeasureCompleted e -> new MeasureCompleted(e.participation().id(), r.id(),
                    r.personKey(), r.familyId(), region, e.participation().kind().name(),
                    e.participation().kind().ruleId(), e.participation().startOn(), e.participation().endOn(),
                    e.participation().completedOn(), e.participation().completion().name());
        };
        String envelopeFamily = r.familyId() != null ? r.familyId() : r.personKey();
        outbox.appendEvent(payload, envelopeFamily, r.id(), event.occurredAt(), event.ruleIds(), Topics.EMPLOYMENT,
                r.personKey());
    }

    /**
     * D-70: {@code RegistrationRefused}, keyed by the person key like the registration's events; correlation id = the
     * registration of an EMP-06 refusal, else the refusal's own id.
     */
    @Override
    public void publish(RegistrationRefusal r) {
        var payload = new RegistrationRefused(r.id(), r.registrationId(), r.personKey(), r.familyId(), r.region().value(),
                r.stage().name(), r.channel().name(), r.ruleId(), r.code(), r.reasons(), r.facts(), r.refusedOn());
        String envelopeFamily = r.familyId() != null ? r.familyId() : r.personKey();
        outbox.appendEvent(payload, envelopeFamily, r.registrationId() != null ? r.registrationId() : r.id(),
                r.occurredAt(), List.of(r.ruleId()), Topics.EMPLOYMENT, r.personKey());
    }
}
