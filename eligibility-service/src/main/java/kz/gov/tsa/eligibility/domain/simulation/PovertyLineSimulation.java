package kz.gov.tsa.eligibility.domain.simulation;

import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.CommissionGate;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What-if of a poverty-line change (REF-04/05): each stored decision is decided again from its
 * stored inputs with the new poverty line and everything else as it was, and the outcomes are
 * counted — nothing stored is changed. A family comes either as its full snapshot ({@link StoredCase}: the whole
 * decision is replayed, with its explanation) or, on the fast path the use case takes, as its compact
 * {@link StoredBasis} (D-95: only ELIG-10/02/03/04, which give the same eligibility and amount). Not thread-safe: one
 * instance per simulation run.
 */
public final class PovertyLineSimulation {

    private final Map<String, Line> byRegion = new TreeMap<>();

    /** Adds one family from its stored snapshot. */
    public void add(StoredCase stored, Tenge newPovertyLine) {
        DecisionParameters p = stored.parameters();
        List<ParameterVersion> versions = new ArrayList<>(p.versions());
        versions.add(new ParameterVersion("POVERTY_LINE", stored.region() + "/" + stored.quarter(),
                newPovertyLine.toString(), stored.quarter().firstDay(), 0));
        DecisionParameters changed = p.withPovertyLine(newPovertyLine, versions);
        Decision after = CommissionGate.decide(stored.inputs(), changed, stored.commissionConfirmed());
        Optional<Tenge> amount = after instanceof Decision.Assignment a ? Optional.of(a.monthlyAmount()) : Optional.empty();
        line(stored.region().value()).add(stored.assignedAmount(), amount);
    }

    /** Adds one family from its compact basis (D-95): the same counts as {@link #add(StoredCase, Tenge)}. */
    public void add(StoredBasis stored, Tenge newPovertyLine) {
        line(stored.region().value()).add(stored.assignedAmount(), stored.basis().monthlyAmount(newPovertyLine));
    }

    private Line line(String region) {
        Line line = byRegion.get(region);
        if (line == null) {
            line = new Line(region);
            byRegion.put(region, line);
        }
        return line;
    }

    public Result result() {
        List<Line> lines = List.copyOf(byRegion.values());
        Line total = new Line("ALL");
        lines.forEach(total::merge);
        return new Result(total, lines);
    }

    /** Totals over all regions, then one line per region. */
    public record Result(Line total, List<Line> regions) {
    }

    /** Counts and monthly cost before and after, for one region (or all). */
    public static final class Line {
        private final String regionCode;
        private long families;
        private long stayEligible;
        private long becomeEligible;
        private long becomeIneligible;
        private long stayIneligible;
        private Tenge monthlyCostBefore = Tenge.ZERO;
        private Tenge monthlyCostAfter = Tenge.ZERO;

        Line(String regionCode) {
            this.regionCode = regionCode;
        }

        void add(Optional<Tenge> before, Optional<Tenge> after) {
            families++;
            boolean was = before.isPresent();
            boolean is = after.isPresent();
            if (was && is) {
                stayEligible++;
            } else if (is) {
                becomeEligible++;
            } else if (was) {
                becomeIneligible++;
            } else {
                stayIneligible++;
            }
            if (before.isPresent()) {
                monthlyCostBefore = monthlyCostBefore.plus(before.get());
            }
            if (after.isPresent()) {
                monthlyCostAfter = monthlyCostAfter.plus(after.get());
            }
        }

        void merge(Line other) {
            families += other.families;
            stayEligible += other.stayEligible;
            becomeEligible += other.becomeEligible;
            becomeIneligible += other.becomeIneligible;
            stayIneligible += other.stayIneligible;
            monthlyCostBefore = monthlyCostBefore.plus(other.monthlyCostBefore);
            monthlyCostAfter = monthlyCostAfter.plus(other.monthlyCostAfter);
        }

        public String regionCode() {
            return regionCode;
        }

        public long families() {
            return families;
        }

        public long stayEligible() {
            return stayEligible;
        }

        public long becomeEligible() {
            return becomeEligible;
        }

        public long becomeIneligible() {
            return becomeIneligible;
        }

        public long stayIneligible() {
            return stayIneligible;
        }

        /** Families whose eligibility changes either way. */
        public long changeEligibility() {
            return becomeEligible + becomeIneligible;
        }

        public Tenge monthlyCostBefore() {
            return monthlyCostBefore;
        }

        public Tenge monthlyCostAfter() {
            return monthlyCostAfter;
        }

        public Tenge monthlyCostDelta() {
            return monthlyCostAfter.minus(monthlyCostBefore);
        }
    }
}
