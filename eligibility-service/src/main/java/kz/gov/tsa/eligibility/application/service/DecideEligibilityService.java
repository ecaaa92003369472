package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.FamilyMembershipPort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * ELIG-01..15: decides an application after the commission's conclusion. The decision with its snapshot, the
 * application's new state, the family's memberships (held for the assigned months, or released by a refusal) and
 * {@code EligibilityDecided} commit in one transaction. Deciding again returns the first decision.
 */
@ApplicationScoped
public class DecideEligibilityService implements DecideEligibilityUseCase {

    private final LoadApplicationPort applications;
    private final SaveApplicationPort saveApplication;
    private final DecisionStorePort decisions;
    private final FamilyMembershipPort memberships;
    private final DecisionParametersLoader parameters;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public DecideEligibilityService(LoadApplicationPort applications, SaveApplicationPort saveApplication,
                                    DecisionStorePort decisions, FamilyMembershipPort memberships,
                                    LoadReferenceDataPort referenceData, PublishEventPort events, Clock clock) {
        this.applications = applications;
        this.saveApplication = saveApplication;
        this.decisions = decisions;
        this.memberships = memberships;
        this.parameters = new DecisionParametersLoader(referenceData);
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Result> decide(Command command) {
        return Visibility.application(applications.loadForUpdate(command.applicationId()), command.applicationId(),
                command.caller()).flatMap(application -> decide(application, command));
    }

    private Outcome<Result> decide(Application application, Command command) {
        Optional<EligibilityDecision> earlier = decisions.findByApplication(application.id());
        if (earlier.isPresent()) {
            return Outcome.accepted(new Result(earlier.get(), true));
        }
        if (application.withdrawn()) {
            return Outcome.refused(Refusal.conflict("ELIG-10", "application.withdrawn", application.id().toString()));
        }
        if (!application.readyForDecision()) {
            return Outcome.refused(Refusal.conflict("ELIG-10", "decision.commission-conclusion-missing"));
        }
        LocalDate applicationDate = LocalDate.ofInstant(application.receivedAt(), clock.getZone());
        DecisionParameters params = parameters.load(application.region(), application.quarter(), applicationDate)
                .forFamily(application.members());
        return EligibilityDecision.take(UUID.randomUUID(), application, params, applicationDate, LocalDate.now(clock),
                command.actor(), clock.instant()).map(decision -> store(application, decision, command.actor()));
    }

    private Result store(Application application, EligibilityDecision decision, String actor) {
        decisions.saveNew(decision);
        saveApplication.saveChange(application.decided(), "DECIDED", actor,
                "decision " + decision.id() + ": " + decision.outcome().getClass().getSimpleName());
        decision.assignedPeriod().ifPresentOrElse(
                period -> memberships.assign(application.id(), period.from(), period.to()),
                () -> memberships.release(application.id()));
        events.publish(new ApplicationEvent.Decided(decision, application.conclusion().orElseThrow().concludedAt()),
                application.id());
        return new Result(decision, false);
    }
}
