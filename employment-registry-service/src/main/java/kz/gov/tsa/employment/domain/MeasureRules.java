package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static kz.gov.tsa.employment.domain.ProgrammeParameter.*;

/**
 * PRG-01..09: the checks of each active measure with its limits in force on the start day ({@link Limits}).
 * Durations count both the first and the last day: 1 month from 2026-03-02 ends on 2026-04-01, 30 days on
 * 2026-03-31. Refusals are 422 with the measure's rule ID.
 */
public final class MeasureRules {

    private MeasureRules() {
    }

    /** What is checked: the measure, its dates, its facts, the person, the limits and (PRG-04) the MCI. */
    public record Request(MeasureKind kind, LocalDate startOn, LocalDate endOn, MeasureFacts facts,
                          RegistrationStatus status, LocalDate birthDate, Limits limits, BigDecimal mci) {
    }

    /** Accepted (the request itself) or the first rule it breaks. */
    public static Outcome<Request> check(Request r) {
        if (r.endOn().isBefore(r.startOn())) {
            return refuse(r.kind().ruleId(), "measure.end-before-start", r.startOn(), r.endOn());
        }
        MeasureFacts f = r.facts() == null ? MeasureFacts.none() : r.facts();
        Limits l = r.limits();
        Optional<Refusal> broken = switch (r.kind()) {
            case VOCATIONAL_TRAINING -> months(r, l.whole(PRG01_TRAINING_MIN_MONTHS), l.whole(PRG01_TRAINING_MAX_MONTHS));
            case ENTREPRENEURSHIP_BASICS -> maxDays(r, l.whole(PRG01_ENTREPRENEURSHIP_MAX_DAYS));
            case RETRAINING -> f.employerSharePercent() == null
                    || f.employerSharePercent() < l.whole(PRG02_EMPLOYER_SHARE_MIN_PERCENT)
                    ? Optional.of(Refusal.unprocessable("PRG-02", "measure.retraining-employer-share",
                            String.valueOf(f.employerSharePercent()), l.whole(PRG02_EMPLOYER_SHARE_MIN_PERCENT))
                    .withField("facts.employerSharePercent", "measure.retraining-employer-share.field"))
                    : Optional.empty();
            case BASTAU_BUSINESS -> maxDays(r, l.whole(PRG03_BASTAU_MAX_DAYS));
            case MICRO_CREDIT -> microCredit(r, f);
            case SOCIAL_JOB -> notHeavy(r, f).or(() -> months(r, 0, l.whole(PRG05_SOCIAL_JOB_MAX_MONTHS)));
            case YOUTH_PRACTICE -> youthPractice(r, f);
            case PUBLIC_WORKS -> r.status() != RegistrationStatus.UNEMPLOYED
                    ? Optional.of(Refusal.unprocessable("PRG-07", "measure.public-works-unemployed-only", r.status().name()))
                    : Boolean.TRUE.equals(f.consent()) ? Optional.empty()
                    : Optional.of(Refusal.unprocessable("PRG-07", "measure.public-works-consent")
                    .withField("facts.consent", "measure.public-works-consent"));
            case LABOUR_MOBILITY, VOCATIONAL_ORIENTATION -> Optional.empty();
        };
        return broken.<Outcome<Request>>map(Outcome::refused).orElseGet(() -> Outcome.accepted(r));
    }

    /** PRG-06: at most 29 on the start day, graduated within 3 years, at most 6 months, unemployed, not heavy work. */
    private static Optional<Refusal> youthPractice(Request r, MeasureFacts f) {
        Limits l = r.limits();
        if (r.status() != RegistrationStatus.UNEMPLOYED) {
            return Optional.of(Refusal.unprocessable("PRG-06", "measure.youth-practice-unemployed-only", r.status().name()));
        }
        int age = Ages.on(r.birthDate(), r.startOn());
        if (age > l.whole(PRG06_MAX_AGE)) {
            return Optional.of(Refusal.unprocessable("PRG-06", "measure.youth-practice-age", age, l.whole(PRG06_MAX_AGE))
                    .with("ageOnStart", age));
        }
        if (f.graduatedOn() == null) {
            return Optional.of(Refusal.invalid("PRG-06", "measure.youth-practice-graduation-missing")
                    .withField("facts.graduatedOn", "measure.youth-practice-graduation-missing"));
        }
        if (f.graduatedOn().plusYears(l.whole(PRG06_GRADUATION_YEARS)).isBefore(r.startOn())) {
            return Optional.of(Refusal.unprocessable("PRG-06", "measure.youth-practice-graduated-too-long-ago",
                    f.graduatedOn().toString(), l.whole(PRG06_GRADUATION_YEARS)));
        }
        return notHeavy(r, f).or(() -> months(r, 0, l.whole(PRG06_MAX_MONTHS)));
    }

    /**
     * PRG-04: at most 8,000 MCI (the MCI of the start day), at most 6 % a year, a term of at most 5 years (7 for
     * livestock and agricultural cooperatives), a grace period of at most a third of the term, registered with the
     * tax authorities, an entrepreneurship certificate (this Programme, or another within 2 years), and new
     * permanent jobs when expanding a business or founding a cooperative.
     */
    private static Optional<Refusal> microCredit(Request r, MeasureFacts f) {
        Limits l = r.limits();
        if (f.creditAmount() == null || f.ratePercent() == null || f.termMonths() == null || f.graceMonths() == null) {
            return Optional.of(Refusal.invalid("PRG-04", "measure.credit-terms-missing")
                    .withField("facts", "measure.credit-terms-missing"));
        }
        BigDecimal cap = r.mci().multiply(l.value(PRG04_MAX_MCI));
        if (f.creditAmount().compareTo(cap) > 0) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-above-mci-cap",
                    f.creditAmount().toPlainString(), l.value(PRG04_MAX_MCI).toPlainString(), r.mci().toPlainString(),
                    cap.setScale(2).toPlainString()).with("capTenge", cap.setScale(2).toPlainString()));
        }
        if (f.ratePercent().compareTo(l.value(PRG04_MAX_RATE_PERCENT)) > 0) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-rate-above-cap",
                    f.ratePercent().toPlainString(), l.value(PRG04_MAX_RATE_PERCENT).toPlainString()));
        }
        int maxYears = Boolean.TRUE.equals(f.livestockOrCooperative())
                ? l.whole(PRG04_MAX_TERM_YEARS_LIVESTOCK) : l.whole(PRG04_MAX_TERM_YEARS);
        if (f.termMonths() < 1 || f.termMonths() > maxYears * 12) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-term-above-cap", f.termMonths(), maxYears));
        }
        if (f.graceMonths() < 0 || (long) f.graceMonths() * l.whole(PRG04_GRACE_MAX_DIVISOR) > f.termMonths()) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-grace-above-third", f.graceMonths(),
                    f.termMonths()));
        }
        if (!Boolean.TRUE.equals(f.taxRegistered())) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-tax-registration-missing")
                    .withField("facts.taxRegistered", "measure.credit-tax-registration-missing"));
        }
        boolean certified = f.certificateOn() != null && !f.certificateOn().isAfter(r.startOn())
                && (Boolean.TRUE.equals(f.certificateFromProgramme())
                || !f.certificateOn().plusYears(l.whole(PRG04_CERTIFICATE_YEARS)).isBefore(r.startOn()));
        if (!certified) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-certificate-missing",
                    l.whole(PRG04_CERTIFICATE_YEARS)).withField("facts.certificateOn", "measure.credit-certificate-missing"));
        }
        if (Boolean.TRUE.equals(f.expandingOrFoundingCooperative())
                && (f.newPermanentJobs() == null || f.newPermanentJobs() < 1)) {
            return Optional.of(Refusal.unprocessable("PRG-04", "measure.credit-new-jobs-required")
                    .withField("facts.newPermanentJobs", "measure.credit-new-jobs-required"));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> notHeavy(Request r, MeasureFacts f) {
        return Boolean.FALSE.equals(f.heavyHarmfulOrDangerous()) ? Optional.empty()
                : Optional.of(Refusal.unprocessable(r.kind().ruleId(), "measure.heavy-work")
                .withField("facts.heavyHarmfulOrDangerous", "measure.heavy-work"));
    }

    /** From {@code min} to {@code max} months, both days counted (min 0: no lower bound). */
    private static Optional<Refusal> months(Request r, int min, int max) {
        LocalDate longest = r.startOn().plusMonths(max).minusDays(1);
        LocalDate shortest = min == 0 ? r.startOn() : r.startOn().plusMonths(min).minusDays(1);
        if (r.endOn().isAfter(longest) || r.endOn().isBefore(shortest)) {
            return Optional.of(Refusal.unprocessable(r.kind().ruleId(), "measure.duration-months", min, max,
                    shortest.toString(), longest.toString()).with("latestEndOn", longest.toString()));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> maxDays(Request r, int max) {
        long days = ChronoUnit.DAYS.between(r.startOn(), r.endOn()) + 1;
        return days > max ? Optional.of(Refusal.unprocessable(r.kind().ruleId(), "measure.duration-days", days, max)
                .with("latestEndOn", r.startOn().plusDays(max - 1L).toString())) : Optional.empty();
    }

    private static Outcome<Request> refuse(String ruleId, String code, Object... args) {
        return Outcome.refused(Refusal.invalid(ruleId, code, args).withField("endOn", "registry.date-out-of-order"));
    }
}
