package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.DecisionQuery;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.LoadApplicationPort;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.util.UUID;

/** Reads decisions and replays them from their stored inputs and parameter versions (ELIG-15), within D-11. */
@ApplicationScoped
public class DecisionQueryService implements DecisionQuery {

    private final DecisionStorePort decisions;
    private final LoadApplicationPort applications;

    @Inject
    public DecisionQueryService(DecisionStorePort decisions, LoadApplicationPort applications) {
        this.decisions = decisions;
        this.applications = applications;
    }

    @Override
    public Outcome<EligibilityDecision> byId(UUID decisionId, Caller caller) {
        return Visibility.decision(decisions.findById(decisionId), decisionId, caller);
    }

    @Override
    public Outcome<EligibilityDecision> byApplication(UUID applicationId, Caller caller) {
        return Visibility.application(applications.load(applicationId), applicationId, caller)
                .flatMap(application -> decisions.findByApplication(applicationId).map(Outcome::accepted)
                        .orElseGet(() -> Outcome.refused(Refusal.notFound("decision.not-yet", applicationId.toString()))));
    }

    @Override
    public Outcome<Replay> replay(UUID decisionId, Caller caller) {
        return byId(decisionId, caller).map(d -> new Replay(d, d.replay()));
    }
}
