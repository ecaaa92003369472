package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.in.DecisionQuery;
import kz.gov.tsa.eligibility.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.eligibility.application.port.in.UseCaseRefusal;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.application.port.out.LoadDecisionParametersPort;
import kz.gov.tsa.eligibility.application.port.out.PublishEventPort;
import kz.gov.tsa.eligibility.application.port.out.SaveApplicationPort;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides applications (ELIG-01..15), revokes assignments (CON-06 (2)) and replays decisions. Each
 * state change, its audit record and its event commit in one transaction.
 */
@ApplicationScoped
public class DecisionService implements DecideEligibilityUseCase, RevokeAssignmentUseCase, DecisionQuery {

    private final LoadApplicationPort applications;
    private final SaveApplicationPort saveApplication;
    private final DecisionStorePort decisions;
    private final LoadDecisionParametersPort parameters;
    private final PublishEventPort events;
    private final Clock clock;

    @Inject
    public DecisionService(LoadApplicationPort applications, SaveApplicationPort saveApplication,
                           DecisionStorePort decisions, LoadDecisionParametersPort parameters, PublishEventPort events,
                           Clock clock) {
        this.applications = applications;
        this.saveApplication = saveApplication;
        this.decisions = decisions;
        this.parameters = parameters;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Result decide(DecideEligibilityUseCase.Command command) {
        Application application = applications.loadForUpdate(command.applicationId())
                .orElseThrow(() -> UseCaseRefusal.notFound("application.not-found", command.applicationId().toString()));
        Optional<EligibilityDecision> earlier = decisions.findByApplication(application.id());
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true);
        }
        if (!application.readyForDecision()) {
            throw UseCaseRefusal.conflict("ELIG-10", "decision.commission-conclusion-missing");
        }
        LocalDate applicationDate = LocalDate.ofInstant(application.receivedAt(), clock.getZone());
        LocalDate today = LocalDate.now(clock);
        DecisionParameters params = parameters.load(application.region(), application.quarter(), applicationDate);
        EligibilityDecision decision = EligibilityDecision.take(UUID.randomUUID(), application, params,
                applicationDate, today, command.actor(), clock.instant());
        decisions.saveNew(decision);
        saveApplication.saveChange(application.decided(), "DECIDED", command.actor(),
                "decision " + decision.id() + ": " + decision.outcome().getClass().getSimpleName());
        events.publish(new ApplicationEvent.Decided(decision, application.conclusion().orElseThrow().concludedAt()),
                application.id());
        return new Result(decision, false);
    }

    @Override
    @Transactional
    public EligibilityDecision revoke(RevokeAssignmentUseCase.Command command) {
        EligibilityDecision decision = decisions.findById(command.decisionId())
                .orElseThrow(() -> UseCaseRefusal.notFound("decision.not-found", command.decisionId().toString()));
        if (!decision.isAssignment()) {
            throw UseCaseRefusal.conflict("CON-06", "revocation.not-an-assignment");
        }
        if (decision.revocation().isPresent()) {
            throw UseCaseRefusal.conflict("CON-06", "revocation.already-revoked");
        }
        Application application = applications.loadForUpdate(decision.applicationId()).orElseThrow();
        EligibilityDecision revoked = decision.revoke(command.reason(), command.actor(), clock.instant());
        decisions.saveRevocation(revoked);
        saveApplication.saveChange(application.revoked(), "REVOKED", command.actor(), "CON-06 (2): " + command.reason());
        events.publish(new ApplicationEvent.Revoked(revoked), application.id());
        return revoked;
    }

    @Override
    public Optional<EligibilityDecision> byId(UUID decisionId) {
        return decisions.findById(decisionId);
    }

    @Override
    public Optional<EligibilityDecision> byApplication(UUID applicationId) {
        return decisions.findByApplication(applicationId);
    }

    @Override
    public Optional<Replay> replay(UUID decisionId) {
        return decisions.findById(decisionId).map(d -> new Replay(d, d.replay()));
    }
}
