package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.figure;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.methods;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceFixtures.share;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceParameter.MEDIAN_INCOME;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceParameter.POVERTY_LINE;
import static kz.gov.tsa.eligibility.domain.reference.ReferenceParameter.SUBSISTENCE_MINIMUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** REF-04 / REF-05 / AMD-01: the method in force per period, applied to the quarter before; REF-08 rounding. */
class PovertyLineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2015-Q1, 40 % of SM",
            "2017-Q4, 40 % of SM",
            "2018-Q1, 50 % of SM",
            "2019-Q1, 50 % of SM",
            "2019-Q4, 70 % of SM",
            "2023-Q2, 70 % of SM",
            "2023-Q3, '70 % of SM, whole tenge'",
            "2024-Q4, '70 % of SM, whole tenge'",
            "2025-Q1, 'max(35 % of median income, 70 % of SM), whole tenge'",
            "2026-Q4, 'max(35 % of median income, 70 % of SM), whole tenge'"})
    void REF04_theMethodInForceForTheQuarterOfApplication(String quarter, String method) {
        var inForce = Version.inForce(methods(), Quarter.parse(quarter).firstDay());
        assertThat(inForce).map(v -> v.value().text()).contains(method);
    }

    @ParameterizedTest
    @CsvSource({"2019-Q2", "2019-Q3"})
    void REF04_theRiseOf2019HasNoKnownPercentageSoTheQuarterHasNoMethod(String quarter) {
        assertThat(Version.inForce(methods(), Quarter.parse(quarter).firstDay())).isEmpty();
    }

    @Test
    void REF05_theMethodIsAppliedToTheSmOfTheQuarterBefore() {
        Quarter q = Quarter.parse("2024-Q1");
        var method = Version.inForce(methods(), q.firstDay()).orElseThrow();
        var sm2023Q4 = SubsistenceMinimum.published(q.previous(), figure(SUBSISTENCE_MINIMUM, "40567", q.previous()), false);

        PovertyLine line = PovertyLine.byMethod(q, method, sm2023Q4, null);

        // 70 % of the SM 2023 (law) 40 567 = 28 396.90, published in whole tenge under order No. 160 (D-23)
        assertThat(line.value()).isEqualTo(Tenge.of("28397.00"));
        assertThat(line.computedValue()).isEqualTo(Tenge.of("28396.90"));
        assertThat(line.basis()).isEqualTo(PovertyLine.Basis.METHOD);
        assertThat(line.basePeriod()).isEqualTo(Quarter.parse("2023-Q4"));
        assertThat(line.versions()).containsExactly(method, sm2023Q4.versions().getFirst());

        var smOfTheSameQuarter = SubsistenceMinimum.published(q, figure(SUBSISTENCE_MINIMUM, "43407", q), false);
        assertThatThrownBy(() -> PovertyLine.byMethod(q, method, smOfTheSameQuarter, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void AMD01_35PercentOfTheMedianIncomeWhenItIsTheLarger() {
        var amd01 = Version.inForce(methods(), Quarter.parse("2026-Q1").firstDay()).orElseThrow();
        Quarter base = Quarter.parse("2025-Q4");
        var sm = SubsistenceMinimum.published(base, figure(SUBSISTENCE_MINIMUM, "46228", base), false);
        var median = figure(MEDIAN_INCOME, "100000", base);

        PovertyLine line = PovertyLine.byMethod(Quarter.parse("2026-Q1"), amd01, sm, median);

        // 35 % × 100 000 = 35 000.00 > 70 % × 46 228 = 32 359.60
        assertThat(line.value()).isEqualTo(Tenge.of("35000.00"));
        assertThat(line.terms()).extracting(PovertyLineMethod.Term::base, PovertyLineMethod.Term::amount,
                        PovertyLineMethod.Term::chosen)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MEDIAN_INCOME", Tenge.of("35000.00"), true),
                        org.assertj.core.groups.Tuple.tuple("SUBSISTENCE_MINIMUM", Tenge.of("32359.60"), false));
        assertThat(line.versions()).contains(median, amd01);
    }

    @Test
    void AMD01_butNotBelow70PercentOfTheSm() {
        var amd01 = Version.inForce(methods(), Quarter.parse("2026-Q1").firstDay()).orElseThrow();
        Quarter base = Quarter.parse("2025-Q4");
        var sm = SubsistenceMinimum.published(base, figure(SUBSISTENCE_MINIMUM, "46228", base), false);
        var median = figure(MEDIAN_INCOME, "80000", base);

        PovertyLine line = PovertyLine.byMethod(Quarter.parse("2026-Q1"), amd01, sm, median);

        // 35 % × 80 000 = 28 000.00 < 70 % × 46 228 = 32 359.60, published in whole tenge: 32 360
        assertThat(line.value()).isEqualTo(Tenge.of("32360.00"));
        assertThat(line.computedValue()).isEqualTo(Tenge.of("32359.60"));
        assertThat(line.terms()).filteredOn(PovertyLineMethod.Term::chosen)
                .extracting(PovertyLineMethod.Term::base).containsExactly("SUBSISTENCE_MINIMUM");
    }

    @Test
    void AMD01_withoutTheMedianIncomeThereIsNoLine() {
        var amd01 = Version.inForce(methods(), Quarter.parse("2026-Q1").firstDay()).orElseThrow();
        Quarter base = Quarter.parse("2025-Q4");
        var sm = SubsistenceMinimum.published(base, figure(SUBSISTENCE_MINIMUM, "46228", base), false);
        assertThat(amd01.value().needsMedianIncome()).isTrue();
        assertThatThrownBy(() -> PovertyLine.byMethod(Quarter.parse("2026-Q1"), amd01, sm, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void REF08_everyTermIsRoundedHalfUpToTheTiyn() {
        // 40 % of 21 364.01 = 8 545.604 → 8 545.60 ; 50 % of 0.05 = 0.025 → 0.03 ; 70 % of 28 396.35 = 19 877.445 → 19 877.45
        assertThat(share("40").apply(Tenge.of("21364.01"), null).value()).isEqualTo(Tenge.of("8545.60"));
        assertThat(share("50").apply(Tenge.of("0.05"), null).value()).isEqualTo(Tenge.of("0.03"));
        assertThat(share("70").apply(Tenge.of("28396.35"), null).value()).isEqualTo(Tenge.of("19877.45"));
        assertThat(share("70").apply(Tenge.of("0.15"), null).value()).isEqualTo(Tenge.of("0.11")); // 0.105 → 0.11
    }

    @Test
    void REF04_aComputedLineIsRoundedAsItsMethodSays_wholeTengeFromOrderNo160() {
        Quarter q2023q3 = Quarter.parse("2023-Q3");
        Quarter q2023q2 = Quarter.parse("2023-Q2");
        var sm = figure(SUBSISTENCE_MINIMUM, "40567", q2023q2);
        PovertyLine first = PovertyLine.byMethod(q2023q3, Version.inForce(methods(), q2023q3.firstDay()).orElseThrow(),
                SubsistenceMinimum.published(q2023q2, sm, false), null);
        assertThat(first.value()).isEqualTo(Tenge.of("28397.00"));
        // the quarter before still falls under the earlier method, which keeps the tiyn
        Quarter q2023q1 = Quarter.parse("2023-Q1");
        PovertyLine before = PovertyLine.byMethod(q2023q2, Version.inForce(methods(), q2023q2.firstDay()).orElseThrow(),
                SubsistenceMinimum.published(q2023q1, figure(SUBSISTENCE_MINIMUM, "40567", q2023q1), false), null);
        assertThat(before.value()).isEqualTo(Tenge.of("28396.90"));

        // HALF_UP to the tenge at the boundary
        assertThat(PovertyLineRounding.WHOLE_TENGE.apply(Tenge.of("28396.50"))).isEqualTo(Tenge.of("28397.00"));
        assertThat(PovertyLineRounding.WHOLE_TENGE.apply(Tenge.of("28396.49"))).isEqualTo(Tenge.of("28396.00"));
        assertThat(PovertyLineRounding.TIYN.apply(Tenge.of("28396.49"))).isEqualTo(Tenge.of("28396.49"));
        assertThat(first.method().value().text()).isEqualTo("70 % of SM, whole tenge");
    }

    @Test
    void REF05_aPublishedLineIsTakenAsItIs_evenWithTiyn() {
        Quarter q = Quarter.parse("2024-Q3");
        var published = figure(POVERTY_LINE, "28396.90", q);
        assertThat(PovertyLine.published(q, published).value()).isEqualTo(Tenge.of("28396.90"));
        assertThat(PovertyLine.published(q, published).computedValue()).isNull();
    }

    @Test
    void REF05_aPublishedLineIsTakenAsItIs() {
        Quarter q = Quarter.parse("2016-Q2");
        var published = figure(POVERTY_LINE, "12345", q);
        PovertyLine line = PovertyLine.published(q, published);
        assertThat(line.value()).isEqualTo(Tenge.of("12345.00"));
        assertThat(line.basis()).isEqualTo(PovertyLine.Basis.PUBLISHED);
        assertThat(line.versions()).containsExactly(published);
    }

    @Test
    void REF04_percentagesAreExactWithAtMostTwoDecimals() {
        assertThatThrownBy(() -> share("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> share("100.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> share("33.333")).isInstanceOf(IllegalArgumentException.class);
        assertThat(share("70").text()).isEqualTo("70 % of SM");
        assertThat(new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70.00")))
                .isEqualTo(share("70"));
    }
}
