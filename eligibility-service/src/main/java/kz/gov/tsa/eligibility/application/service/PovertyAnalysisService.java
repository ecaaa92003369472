package kz.gov.tsa.eligibility.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.PovertyStatisticsQuery;
import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.in.reference.RegionalMoneyQuery;
import kz.gov.tsa.eligibility.domain.RegionCode;
import kz.gov.tsa.eligibility.domain.Tenge;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What-if simulations of a poverty-line change and the REF-06 poverty statistics. Read-only. */
@ApplicationScoped
public class PovertyAnalysisService implements SimulatePovertyLineChangeUseCase, PovertyStatisticsQuery {

    private static final Logger LOG = Logger.getLogger(PovertyAnalysisService.class);
    private static final int PROGRESS_EVERY = 10_000;

    private final DecisionStorePort decisions;
    private final RegionalMoneyQuery money;

    @Inject
    public PovertyAnalysisService(DecisionStorePort decisions, RegionalMoneyQuery money) {
        this.decisions = decisions;
        this.money = money;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public PovertyLineSimulation.Result simulate(Command command) {
        PovertyLineSimulation simulation = new PovertyLineSimulation();
        Map<String, Tenge> newLines = new HashMap<>();
        BigDecimal fraction = command.percentOfSubsistenceMinimum().divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
        long[] seen = {0};
        LOG.infof("simulation by %s: PL = %s %% of SM from %s in %s", command.actor(),
                command.percentOfSubsistenceMinimum(), command.fromQuarter(),
                command.region().map(RegionCode::value).orElse("all regions"));
        decisions.forEachStoredCase(command.region(), command.fromQuarter(), decision -> {
            // REF-04/05: the PL of a quarter is a share of the SM of the quarter before
            Tenge line = newLines.computeIfAbsent(decision.region() + "/" + decision.quarter(),
                    k -> money.subsistenceMinimum(decision.region(), decision.quarter().previous()).value()
                            .times(fraction));
            simulation.add(decision, line);
            if (++seen[0] % PROGRESS_EVERY == 0) {
                LOG.infof("simulation: %d families re-assessed", seen[0]);
            }
        });
        LOG.infof("simulation done: %d families", seen[0]);
        return simulation.result();
    }

    @Override
    public List<Line> belowPovertyLine(int year, Optional<RegionCode> region) {
        return decisions.povertyStatistics(year, region);
    }
}
