package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;

/**
 * CON-06 (2): revokes an assignment that false information made unlawful. The revocation, the application's state,
 * the release of the family's memberships and {@code AssignmentRevoked} commit in one transaction.
 */
@ApplicationScoped
public class RevokeAssignmentService implements RevokeAssignmentUseCase {

    private final LoadApplicationPort applications;
    private final SaveApplicationPort saveApplication;
    private final DecisionStorePort decisions;
    private final FamilyMembershipPort memberships;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public RevokeAssignmentService(LoadApplicationPort applications, SaveApplicationPort saveApplication,
                                   DecisionStorePort decisions, FamilyMembershipPort memberships,
                                   PublishEventPort events, Clock clock) {
        this.applications = applications;
        this.saveApplication = saveApplication;
        this.decisions = decisions;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<EligibilityDecision> revoke(Command command) {
        return Visibility.decision(decisions.findById(command.decisionId()), command.decisionId(), command.caller())
                .flatMap(decision -> decision.revoke(command.reason(), command.actor(), clock.instant()).map(revoked -> {
            Application application = applications.loadForUpdate(revoked.applicationId()).orElseThrow();
            decisions.saveRevocation(revoked);
            saveApplication.saveChange(application.revoked(), "REVOKED", command.actor(),
                    "CON-06 (2): " + command.reason());
            memberships.release(application.id());
            events.publish(new ApplicationEvent.Revoked(revoked), application.id());
            return revoked;
        }));
    }
}
