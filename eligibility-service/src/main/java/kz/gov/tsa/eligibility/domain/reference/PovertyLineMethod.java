package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * REF-04 / AMD-01: how the poverty line of a region is derived in a period, applied to the figures of
 * the quarter BEFORE the quarter of application (REFERENCE-DATA §3b: "рассчитанный за квартал,
 * предшествовавший кварталу обращения"). Each term is rounded HALF_UP to the tiyn (REF-08, {@link Tenge}).
 * The method in force is dated data ({@link ReferenceParameter#POVERTY_LINE_METHOD}); a period without
 * a known method (2019-04-01..2019-09-30) has no version, so a computation there is refused.
 */
public sealed interface PovertyLineMethod extends ReferenceValue
        permits PovertyLineMethod.ShareOfSubsistenceMinimum, PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare {

    /** True when the method needs the region's median income (AMD-01). */
    boolean needsMedianIncome();

    /**
     * The poverty line from the subsistence minimum and (when {@link #needsMedianIncome()}) the median
     * income of the quarter before the quarter of application.
     *
     * @param medianIncome may be null when the method does not need it
     */
    Computation apply(Tenge subsistenceMinimum, Tenge medianIncome);

    @Override
    default ReferenceParameter parameter() {
        return ReferenceParameter.POVERTY_LINE_METHOD;
    }

    @Override
    default String key() {
        return ReferenceParameter.NATIONAL_KEY;
    }

    /** The stored name of the method's kind. */
    String kind();

    /** How the computed line is rounded (a dated part of the method). */
    PovertyLineRounding rounding();

    /** ", whole tenge" when the method rounds to the tenge. */
    private static String roundingText(PovertyLineRounding rounding) {
        return rounding == PovertyLineRounding.WHOLE_TENGE ? ", whole tenge" : "";
    }

    /** REF-04: a percentage of the SM (40 % until 2017, 50 % in 2018–2019-Q1, 70 % from 2019-10-01 to 2024). */
    record ShareOfSubsistenceMinimum(BigDecimal smPercent, PovertyLineRounding rounding) implements PovertyLineMethod {

        public static final String KIND = "SHARE_OF_SM";

        public ShareOfSubsistenceMinimum {
            smPercent = Percent.of(smPercent, "smPercent");
            rounding = rounding == null ? PovertyLineRounding.TIYN : rounding;
        }

        /** Kept to the tiyn. */
        public ShareOfSubsistenceMinimum(BigDecimal smPercent) {
            this(smPercent, PovertyLineRounding.TIYN);
        }

        @Override
        public boolean needsMedianIncome() {
            return false;
        }

        @Override
        public Computation apply(Tenge subsistenceMinimum, Tenge medianIncome) {
            Term sm = Term.of(Term.SUBSISTENCE_MINIMUM, smPercent, subsistenceMinimum, true);
            return new Computation(rounding.apply(sm.amount()), List.of(sm), sm.amount());
        }

        @Override
        public String kind() {
            return KIND;
        }

        /** e.g. {@code 70 % of SM}. */
        @Override
        public String text() {
            return Percent.text(smPercent) + " % of SM" + roundingText(rounding);
        }
    }

    /**
     * AMD-01 (MLSPP order No. 473 of 20.12.2024, from 2025-01-01): the larger of {@code medianIncomePercent}
     * of the regional median income and {@code smPercent} of the regional SM (35 % and 70 %).
     */
    record GreaterOfMedianIncomeShareAndSmShare(BigDecimal medianIncomePercent, BigDecimal smPercent,
                                                PovertyLineRounding rounding)
            implements PovertyLineMethod {

        public static final String KIND = "GREATER_OF_MEDIAN_INCOME_SHARE_AND_SM_SHARE";

        public GreaterOfMedianIncomeShareAndSmShare {
            medianIncomePercent = Percent.of(medianIncomePercent, "medianIncomePercent");
            smPercent = Percent.of(smPercent, "smPercent");
            rounding = rounding == null ? PovertyLineRounding.TIYN : rounding;
        }

        /** Kept to the tiyn. */
        public GreaterOfMedianIncomeShareAndSmShare(BigDecimal medianIncomePercent, BigDecimal smPercent) {
            this(medianIncomePercent, smPercent, PovertyLineRounding.TIYN);
        }

        @Override
        public boolean needsMedianIncome() {
            return true;
        }

        @Override
        public Computation apply(Tenge subsistenceMinimum, Tenge medianIncome) {
            Objects.requireNonNull(medianIncome, "AMD-01 needs the median income");
            Tenge fromMedian = medianIncome.times(Percent.fraction(medianIncomePercent));
            Tenge fromSm = subsistenceMinimum.times(Percent.fraction(smPercent));
            boolean medianWins = fromMedian.compareTo(fromSm) > 0;
            Term median = Term.of(Term.MEDIAN_INCOME, medianIncomePercent, medianIncome, medianWins);
            Term sm = Term.of(Term.SUBSISTENCE_MINIMUM, smPercent, subsistenceMinimum, !medianWins);
            Tenge computed = medianWins ? fromMedian : fromSm;
            return new Computation(rounding.apply(computed), List.of(median, sm), computed);
        }

        @Override
        public String kind() {
            return KIND;
        }

        /** e.g. {@code max(35 % of median income, 70 % of SM)}. */
        @Override
        public String text() {
            return "max(" + Percent.text(medianIncomePercent) + " % of median income, " + Percent.text(smPercent)
                    + " % of SM)" + roundingText(rounding);
        }
    }

    /**
     * The result: the poverty line (rounded as the method says), the terms compared (the chosen one marked) and the
     * line as computed before that rounding.
     */
    record Computation(Tenge value, List<Term> terms, Tenge computed) {
        public Computation {
            Objects.requireNonNull(value, "value");
            terms = List.copyOf(terms);
            computed = computed == null ? value : computed;
        }

        public Computation(Tenge value, List<Term> terms) {
            this(value, terms, value);
        }
    }

    /**
     * One term: {@code percent} % of {@code base} ({@link #SUBSISTENCE_MINIMUM} or {@link #MEDIAN_INCOME})
     * = {@code amount}, rounded to the tiyn.
     */
    record Term(String base, BigDecimal percent, Tenge baseAmount, Tenge amount, boolean chosen) {

        public static final String SUBSISTENCE_MINIMUM = "SUBSISTENCE_MINIMUM";
        public static final String MEDIAN_INCOME = "MEDIAN_INCOME";

        static Term of(String base, BigDecimal percent, Tenge baseAmount, boolean chosen) {
            Objects.requireNonNull(baseAmount, base);
            return new Term(base, percent, baseAmount, baseAmount.times(Percent.fraction(percent)), chosen);
        }
    }
}
