package kz.gov.tsa.eligibility.adapter.in.rest;

import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.decision.Explanation;
import kz.gov.tsa.eligibility.domain.decision.ParameterVersion;
import kz.gov.tsa.web.LogMasking;
import kz.gov.tsa.web.ProblemMessages;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A decision as the API shows it, with its explanation rendered in the caller's language (ELIG-15). */
@Schema(name = "Decision")
public record DecisionView(
        UUID id,
        UUID applicationId,
        String familyId,
        String regionCode,
        String quarter,
        @Schema(enumeration = {"UNCONDITIONAL", "CONDITIONAL", "REFUSED"}) String kind,
        String refusalRuleId,
        BigDecimal perCapitaIncome,
        BigDecimal povertyLine,
        BigDecimal monthlyAmount,
        String periodFrom,
        String periodTo,
        @Schema(description = "ELIG-12/13: MONTHLY, or LUMP_SUM_3_MONTHS for a conditional assignment the applicant "
                + "asked to be paid at once; null for a refusal", enumeration = {"MONTHLY", "LUMP_SUM_3_MONTHS"})
        String paymentMode,
        List<ShareView> shares,
        List<String> ruleIds,
        List<StepView> explanation,
        List<ParameterVersion> parameterVersions,
        String decidedBy,
        Instant decidedAt,
        RevocationView revocation) {

    public record ShareView(String iin, BigDecimal monthlyAmount, boolean ableBodied, boolean fullTimeStudent,
                            String turns18On, String turns23On) {
    }

    /** One explanation step: rule, article, figures, outcome and a sentence in kk/ru/en. */
    public record StepView(String ruleId, String article, String code, Map<String, String> figures, String outcome,
                           String text) {
    }

    public record RevocationView(String reason, String revokedBy, Instant revokedAt) {
    }

    static DecisionView of(EligibilityDecision d, Locale locale, boolean maskIins) {
        Decision o = d.outcome();
        String kind = switch (o) {
            case Decision.Unconditional u -> "UNCONDITIONAL";
            case Decision.Conditional c -> "CONDITIONAL";
            case Decision.Refused r -> "REFUSED";
        };
        List<ShareView> shares = List.of();
        BigDecimal amount = null;
        String from = null;
        String to = null;
        if (o instanceof Decision.Assignment a) {
            amount = a.monthlyAmount().value();
            from = a.period().from().toString();
            to = a.period().to().toString();
            shares = a.shares().stream().map(s -> new ShareView(maskIins ? LogMasking.iin(s.iin().value()) : s.iin().value(),
                    s.monthlyAmount().value(), s.ableBodied(), s.fullTimeStudent(), s.turns18On().toString(),
                    s.turns23On().toString())).toList();
        }
        return new DecisionView(d.id(), d.applicationId(), d.familyId(), d.region().value(), d.quarter().toString(), kind,
                o instanceof Decision.Refused r ? r.ruleId() : null,
                o.perCapitaIncome() == null ? null : o.perCapitaIncome().value(), o.povertyLine().value(), amount, from, to,
                d.paymentMode() == null ? null : d.paymentMode().name(), shares, o.explanation().ruleIds(), steps(o.explanation(), locale), d.parameters().versions(), d.decidedBy(),
                d.decidedAt(), d.revocation().map(r -> new RevocationView(r.reason(), r.revokedBy(), r.revokedAt())).orElse(null));
    }

    static List<StepView> steps(Explanation explanation, Locale locale) {
        return explanation.steps().stream().map(s -> new StepView(s.ruleId(), s.article(), s.code(), s.figures(),
                s.outcome(), render(s, locale))).toList();
    }

    /**
     * The step's sentence: {@code explanation.<code>.<outcome>} (else {@code explanation.<code>}) from the
     * {@code problems} bundles, with {@code {figure}} placeholders filled from the step's figures.
     */
    static String render(Explanation.Step s, Locale locale) {
        String template = ProblemMessages.pattern(locale, "explanation." + s.code() + "." + s.outcome())
                .or(() -> ProblemMessages.pattern(locale, "explanation." + s.code()))
                .orElse(s.code() + ": " + s.outcome());
        String text = template;
        for (var f : s.figures().entrySet()) {
            text = text.replace("{" + f.getKey() + "}", f.getValue());
        }
        return s.ruleId() + " (" + s.article() + "): " + text;
    }
}
