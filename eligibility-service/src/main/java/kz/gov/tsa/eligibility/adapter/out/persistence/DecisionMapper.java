package kz.gov.tsa.eligibility.adapter.out.persistence;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.IncomePeriod;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.AssignmentPeriod;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.DecisionParameters;
import kz.gov.tsa.eligibility.domain.decision.ReassessmentBasis;
import kz.gov.tsa.eligibility.domain.decision.EligibilityCase;
import kz.gov.tsa.eligibility.domain.PaymentMode;
import kz.gov.tsa.eligibility.domain.decision.Explanation;
import kz.gov.tsa.eligibility.domain.decision.MemberShare;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.eligibility.domain.decision.RetirementAgeStep;
import kz.gov.tsa.kernel.Sex;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The one mapping between {@link EligibilityDecision} and {@link DecisionEntity}; lossless, so replays compare equal. */
final class DecisionMapper {

    private DecisionMapper() {
    }

    static DecisionEntity toEntity(EligibilityDecision d) {
        DecisionEntity e = new DecisionEntity();
        e.id = d.id();
        e.applicationId = d.applicationId();
        e.familyId = d.familyId();
        e.regionCode = d.region().value();
        e.quarter = d.quarter().toString();
        e.commissionConfirmed = d.commissionConfirmed();
        e.decidedBy = d.decidedBy();
        e.decidedAt = d.decidedAt();
        Decision o = d.outcome();
        e.perCapitaIncome = o.perCapitaIncome() == null ? null : o.perCapitaIncome().value();
        e.povertyLine = o.povertyLine().value();
        e.explanation = o.explanation().steps().stream()
                .map(s -> new DecisionEntity.StepRow(s.ruleId(), s.article(), s.code(), s.figures(), s.outcome())).toList();
        switch (o) {
            case Decision.Assignment a -> {
                e.kind = a instanceof Decision.Unconditional ? "UNCONDITIONAL" : "CONDITIONAL";
                e.monthlyAmount = a.monthlyAmount().value();
                e.periodFrom = a.period().from().toString();
                e.periodTo = a.period().to().toString();
                e.shares = a.shares().stream().map(s -> new DecisionEntity.ShareRow(s.iin().value(),
                        s.monthlyAmount().value(), s.ableBodied(), s.fullTimeStudent(), s.turns18On(), s.turns23On()))
                        .toList();
            }
            case Decision.Refused r -> {
                e.kind = "REFUSED";
                e.refusalRuleId = r.ruleId();
                e.refusalReason = r.reason();
                e.shares = List.of();
            }
        }
        e.paymentMode = d.paymentMode() == null ? null : d.paymentMode().name();
        EligibilityCase in = d.inputs();
        e.inputs = new DecisionEntity.InputsRow(in.members().stream().map(ApplicationMapper::toRow).toList(),
                in.quarter().toString(), in.applicationDate(), in.decisionDate());
        DecisionParameters p = d.parameters();
        e.parameters = new DecisionEntity.ParametersRow(p.povertyLine().value(), p.retirementAgeMen(),
                p.retirementAgeWomen(), p.contractTermMonths(), p.versions().stream()
                .map(v -> new DecisionEntity.VersionRow(v.parameter(), v.key(), v.value(), v.effectiveFrom(), v.versionId()))
                .toList(), p.retirementSchedule().stream()
                .map(s -> new DecisionEntity.RetirementStepRow(s.sex().name(), s.from(), s.to(), s.years(), s.versionId()))
                .toList(), p.incomePeriodMonths());
        // D-95: the compact basis a what-if re-assessment reads instead of the JSON snapshot
        ReassessmentBasis basis = ReassessmentBasis.of(in, p, d.commissionConfirmed());
        e.memberCount = basis.members();
        e.applicantMayApply = basis.applicantMayApply();
        applyRevocation(d, e);
        return e;
    }

    static void applyRevocation(EligibilityDecision d, DecisionEntity e) {
        d.revocation().ifPresent(r -> {
            e.revokeReason = r.reason();
            e.revokedBy = r.revokedBy();
            e.revokedAt = r.revokedAt();
        });
    }

    /** The parameters of a stored snapshot (older snapshots have no retirement-age schedule). */
    static DecisionParameters toDomain(DecisionEntity.ParametersRow p) {
        List<RetirementAgeStep> schedule = p.retirementSchedule() == null ? List.of() : p.retirementSchedule().stream()
                .map(s -> new RetirementAgeStep(Sex.valueOf(s.sex()), s.from(), s.to(), s.years(), s.versionId()))
                .toList();
        return new DecisionParameters(new Tenge(p.povertyLine()), p.retirementAgeMen(), p.retirementAgeWomen(),
                p.contractTermMonths(), p.versions().stream()
                .map(v -> new ParameterVersion(v.parameter(), v.key(), v.value(), v.effectiveFrom(), v.versionId()))
                .toList(), schedule,
                p.incomePeriodMonths() == null ? IncomePeriod.DEFAULT_MONTHS : p.incomePeriodMonths());
    }

    static EligibilityDecision toDomain(DecisionEntity e) {
        Tenge pci = e.perCapitaIncome == null ? null : new Tenge(e.perCapitaIncome);
        Tenge pl = new Tenge(e.povertyLine);
        Explanation explanation = new Explanation(e.explanation.stream()
                .map(s -> new Explanation.Step(s.ruleId(), s.article(), s.code(), s.figures(), s.outcome())).toList());
        Decision outcome = switch (e.kind) {
            case "REFUSED" -> new Decision.Refused(e.refusalRuleId, e.refusalReason, pci, pl, explanation);
            default -> {
                AssignmentPeriod period = new AssignmentPeriod(YearMonth.parse(e.periodFrom), YearMonth.parse(e.periodTo));
                List<MemberShare> shares = e.shares.stream().map(s -> new MemberShare(Iin.parse(s.iin()),
                        new Tenge(s.monthlyAmount()), s.ableBodied(), s.fullTimeStudent(), s.turns18On(), s.turns23On()))
                        .toList();
                Tenge amount = new Tenge(e.monthlyAmount);
                yield "UNCONDITIONAL".equals(e.kind)
                        ? new Decision.Unconditional(pci, pl, amount, period, shares, explanation)
                        : new Decision.Conditional(pci, pl, amount, period, shares, explanation);
            }
        };
        var in = e.inputs;
        EligibilityCase inputs = new EligibilityCase(in.members().stream().map(ApplicationMapper::toDomain).toList(),
                Quarter.parse(in.quarter()), in.applicationDate(), in.decisionDate());
        DecisionParameters parameters = toDomain(e.parameters);
        Optional<EligibilityDecision.Revocation> revocation = Optional.ofNullable(e.revokedAt)
                .map(at -> new EligibilityDecision.Revocation(e.revokeReason, e.revokedBy, at));
        return new EligibilityDecision(e.id, e.applicationId, e.familyId, new RegionCode(e.regionCode),
                Quarter.parse(e.quarter), inputs, e.commissionConfirmed, parameters, outcome, e.decidedBy, e.decidedAt,
                revocation, e.paymentMode == null ? null : PaymentMode.valueOf(e.paymentMode));
    }
}
