package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.kernel.Outcome;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.eligibility.application.port.out.DecisionStorePort;
import kz.gov.tsa.eligibility.application.port.out.reference.LoadReferenceDataPort;
import kz.gov.tsa.eligibility.application.service.reference.RegionalMoneyService;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.reference.PovertyLineMethod;
import kz.gov.tsa.eligibility.domain.simulation.PovertyLineSimulation;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;

/**
 * What-if: re-assesses the stored decisions as if the poverty line were another share of the subsistence minimum
 * (REF-04/05: the PL of a quarter is the method applied to the SM of the quarter before — the domain's
 * {@link PovertyLineMethod.ShareOfSubsistenceMinimum} computes it, with its rounding). Read-only; progress in the
 * log every 100 000 families. It reads the compact basis stored with each decision (D-95), which gives the same
 * eligibility and amount as replaying the full snapshot, in one forward-only pass.
 */
@ApplicationScoped
public class SimulatePovertyLineChangeService implements SimulatePovertyLineChangeUseCase {

    private static final Logger LOG = Logger.getLogger(SimulatePovertyLineChangeService.class);
    private static final int PROGRESS_EVERY = 100_000;

    private final DecisionStorePort decisions;
    private final RegionalMoneyService money;

    @Inject
    public SimulatePovertyLineChangeService(DecisionStorePort decisions, LoadReferenceDataPort referenceData) {
        this.decisions = decisions;
        this.money = new RegionalMoneyService(referenceData);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome<PovertyLineSimulation.Result> simulate(Command command) {
        return command.caller().scope(command.region()).map(region -> simulate(region, command));
    }

    private PovertyLineSimulation.Result simulate(Optional<RegionCode> region, Command command) {
        PovertyLineSimulation simulation = new PovertyLineSimulation();
        Map<LineKey, Tenge> newLines = new HashMap<>();
        var method = new PovertyLineMethod.ShareOfSubsistenceMinimum(command.percentOfSubsistenceMinimum());
        long[] seen = {0};
        LOG.infof("simulation by %s: PL = %s from %s in %s", command.caller().subject(), method.text(), command.fromQuarter(),
                region.map(RegionCode::value).orElse("all regions"));
        LineKey[] last = {null};
        Tenge[] lastLine = {null};
        decisions.forEachStoredBasis(region, command.fromQuarter(), decision -> {
            LineKey key = last[0];
            if (key == null || !key.region().equals(decision.region()) || !key.quarter().equals(decision.quarter())) {
                key = new LineKey(decision.region(), decision.quarter());
                last[0] = key;
                lastLine[0] = newLines.computeIfAbsent(key, k -> method.apply(
                        money.subsistenceMinimum(k.region(), k.quarter().previous()).value(), null).value());
            }
            simulation.add(decision, lastLine[0]);
            if (++seen[0] % PROGRESS_EVERY == 0) {
                LOG.infof("simulation: %d families re-assessed", seen[0]);
            }
        });
        LOG.infof("simulation done: %d families", seen[0]);
        return simulation.result();
    }

    /** The new poverty line is one per region and quarter. */
    private record LineKey(RegionCode region, Quarter quarter) {
    }
}
