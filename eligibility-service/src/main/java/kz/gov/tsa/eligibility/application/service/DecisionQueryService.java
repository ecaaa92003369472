package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.eligibility.application.port.in.DecisionQuery;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;

import java.util.Optional;
import java.util.UUID;

/** Reads decisions and replays them from their stored inputs and parameter versions (ELIG-15). */
@ApplicationScoped
public class DecisionQueryService implements DecisionQuery {

    private final DecisionStorePort decisions;

    @Inject
    public DecisionQueryService(DecisionStorePort decisions) {
        this.decisions = decisions;
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
