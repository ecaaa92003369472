package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** PRG-01..09: the measures' limits with their boundaries, and PRG-08 subsidies in tenge for a year's MCI. */
class MeasureRulesTest {

    static final Limits L = TestLimits.limits();
    static final BigDecimal MCI_2026 = new BigDecimal("4325.00");
    static final BigDecimal MCI_2025 = new BigDecimal("3932.00");
    static final LocalDate START = LocalDate.parse("2026-03-02");

    static Outcome<MeasureRules.Request> check(MeasureKind kind, String endOn, MeasureFacts facts, String birthDate,
                                               RegistrationStatus status) {
        return MeasureRules.check(new MeasureRules.Request(kind, START, LocalDate.parse(endOn), facts, status,
                LocalDate.parse(birthDate), L, MCI_2026));
    }

    static Outcome<MeasureRules.Request> check(MeasureKind kind, String endOn, MeasureFacts facts) {
        return check(kind, endOn, facts, "1990-05-05", RegistrationStatus.UNEMPLOYED);
    }

    static Refusal refusal(Outcome<?> o) {
        return o.refusalIfAny().orElseThrow(() -> new AssertionError("expected a refusal"));
    }

    static MeasureFacts youth(String graduatedOn, Boolean heavy) {
        return new MeasureFacts(null, heavy, graduatedOn == null ? null : LocalDate.parse(graduatedOn), null, null,
                null, null, null, null, null, null, null, null, null);
    }

    static MeasureFacts credit(String amount, String rate, int term, int grace, boolean livestock) {
        return new MeasureFacts(null, null, null, new BigDecimal(amount), new BigDecimal(rate), term, grace, livestock,
                true, true, LocalDate.parse("2025-11-01"), false, null, null);
    }

    @Test
    void PRG01_trainingLastsOneToSixMonths() {
        assertThat(check(MeasureKind.VOCATIONAL_TRAINING, "2026-03-31", null).isRefused()).isTrue();
        assertThat(check(MeasureKind.VOCATIONAL_TRAINING, "2026-04-01", null).isRefused()).isFalse();
        assertThat(check(MeasureKind.VOCATIONAL_TRAINING, "2026-09-01", null).isRefused()).isFalse();
        var tooLong = check(MeasureKind.VOCATIONAL_TRAINING, "2026-09-02", null);
        assertThat(refusal(tooLong).ruleId()).isEqualTo("PRG-01");
        assertThat(refusal(tooLong).facts()).containsEntry("latestEndOn", "2026-09-01");
    }

    @Test
    void PRG01_entrepreneurshipBasicsAtMost15Days() {
        assertThat(check(MeasureKind.ENTREPRENEURSHIP_BASICS, "2026-03-16", null).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.ENTREPRENEURSHIP_BASICS, "2026-03-17", null)).ruleId()).isEqualTo("PRG-01");
    }

    @Test
    void PRG02_theEmployerCoFinancesAtLeast30Percent() {
        MeasureFacts f29 = new MeasureFacts(29, null, null, null, null, null, null, null, null, null, null, null, null, null);
        MeasureFacts f30 = new MeasureFacts(30, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(refusal(check(MeasureKind.RETRAINING, "2026-05-01", f29)).ruleId()).isEqualTo("PRG-02");
        assertThat(check(MeasureKind.RETRAINING, "2026-05-01", f30).isRefused()).isFalse();
    }

    @Test
    void PRG03_bastauBusinessAtMost30Days() {
        assertThat(check(MeasureKind.BASTAU_BUSINESS, "2026-03-31", null).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.BASTAU_BUSINESS, "2026-04-01", null)).ruleId()).isEqualTo("PRG-03");
    }

    @Test
    void PRG04_8000MciIsTheCapAnd8001IsAbove() {
        // 8,000 x 4,325 = 34,600,000.00; 8,001 x 4,325 = 34,604,325.00
        assertThat(check(MeasureKind.MICRO_CREDIT, "2031-03-01", credit("34600000.00", "6", 60, 20, false))
                .isRefused()).isFalse();
        var above = check(MeasureKind.MICRO_CREDIT, "2031-03-01", credit("34604325.00", "6", 60, 20, false));
        assertThat(refusal(above).ruleId()).isEqualTo("PRG-04");
        assertThat(refusal(above).code()).isEqualTo("measure.credit-above-mci-cap");
        assertThat(refusal(above).facts()).containsEntry("capTenge", "34600000.00");
    }

    @Test
    void PRG04_rateAtMost6PercentAndTermAtMost5YearsOr7ForLivestock() {
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2031-03-01", credit("1000000", "6.01", 60, 0, false)))
                .code()).isEqualTo("measure.credit-rate-above-cap");
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2031-03-01", credit("1000000", "6", 61, 0, false)))
                .code()).isEqualTo("measure.credit-term-above-cap");
        assertThat(check(MeasureKind.MICRO_CREDIT, "2033-03-01", credit("1000000", "6", 84, 0, true)).isRefused())
                .isFalse();
        assertThat(check(MeasureKind.MICRO_CREDIT, "2033-03-01", credit("1000000", "6", 85, 0, true)).isRefused())
                .isTrue();
    }

    @Test
    void PRG04_aGraceOfExactlyAThirdOfTheTermIsAllowedAndOneMonthMoreIsNot() {
        assertThat(check(MeasureKind.MICRO_CREDIT, "2029-03-01", credit("1000000", "5", 36, 12, false)).isRefused())
                .isFalse();
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2029-03-01", credit("1000000", "5", 36, 13, false)))
                .code()).isEqualTo("measure.credit-grace-above-third");
    }

    @Test
    void PRG04_prerequisitesTaxRegistrationCertificateWithin2YearsAndNewJobs() {
        MeasureFacts noTax = new MeasureFacts(null, null, null, new BigDecimal("1000000"), new BigDecimal("5"), 36, 0,
                false, false, true, LocalDate.parse("2025-11-01"), false, null, null);
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2029-03-01", noTax)).code())
                .isEqualTo("measure.credit-tax-registration-missing");
        MeasureFacts oldOther = new MeasureFacts(null, null, null, new BigDecimal("1000000"), new BigDecimal("5"), 36, 0,
                false, true, false, LocalDate.parse("2024-03-01"), false, null, null);
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2029-03-01", oldOther)).code())
                .isEqualTo("measure.credit-certificate-missing");
        MeasureFacts twoYears = new MeasureFacts(null, null, null, new BigDecimal("1000000"), new BigDecimal("5"), 36, 0,
                false, true, false, LocalDate.parse("2024-03-02"), false, null, null);
        assertThat(check(MeasureKind.MICRO_CREDIT, "2029-03-01", twoYears).isRefused()).isFalse();
        MeasureFacts expandingNoJobs = new MeasureFacts(null, null, null, new BigDecimal("1000000"), new BigDecimal("5"),
                36, 0, false, true, true, LocalDate.parse("2025-11-01"), true, 0, null);
        assertThat(refusal(check(MeasureKind.MICRO_CREDIT, "2029-03-01", expandingNoJobs)).code())
                .isEqualTo("measure.credit-new-jobs-required");
    }

    @Test
    void PRG05_socialJobsAtMost12MonthsAndNeverHeavyWork() {
        assertThat(check(MeasureKind.SOCIAL_JOB, "2027-03-01", youth(null, false)).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.SOCIAL_JOB, "2027-03-02", youth(null, false))).ruleId()).isEqualTo("PRG-05");
        assertThat(refusal(check(MeasureKind.SOCIAL_JOB, "2026-06-01", youth(null, true))).code())
                .isEqualTo("measure.heavy-work");
    }

    @Test
    void PRG06_age29OnTheStartDayIsAllowedAnd30IsNot() {
        // born 1996-03-02 turns 30 on the start day; born 1996-03-03 is still 29
        assertThat(check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2025-06-30", false), "1996-03-03",
                RegistrationStatus.UNEMPLOYED).isRefused()).isFalse();
        var thirty = check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2025-06-30", false), "1996-03-02",
                RegistrationStatus.UNEMPLOYED);
        assertThat(refusal(thirty).ruleId()).isEqualTo("PRG-06");
        assertThat(refusal(thirty).facts()).containsEntry("ageOnStart", 30);
    }

    @Test
    void PRG06_graduated3YearsAgoIsAllowedAnd4IsNot() {
        assertThat(check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2023-03-02", false), "2000-01-01",
                RegistrationStatus.UNEMPLOYED).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2022-03-02", false), "2000-01-01",
                RegistrationStatus.UNEMPLOYED)).code()).isEqualTo("measure.youth-practice-graduated-too-long-ago");
        assertThat(check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2023-03-01", false), "2000-01-01",
                RegistrationStatus.UNEMPLOYED).isRefused()).isTrue();
    }

    @Test
    void PRG06_atMostSixMonthsForTheUnemployedOnly() {
        assertThat(check(MeasureKind.YOUTH_PRACTICE, "2026-09-02", youth("2025-06-30", false), "2000-01-01",
                RegistrationStatus.UNEMPLOYED).isRefused()).isTrue();
        assertThat(refusal(check(MeasureKind.YOUTH_PRACTICE, "2026-09-01", youth("2025-06-30", false), "2000-01-01",
                RegistrationStatus.JOB_SEEKER)).code()).isEqualTo("measure.youth-practice-unemployed-only");
    }

    @Test
    void PRG07_publicWorksNeedTheConsentOfAnUnemployedPerson() {
        MeasureFacts consent = new MeasureFacts(null, null, null, null, null, null, null, null, null, null, null, null,
                null, true);
        assertThat(check(MeasureKind.PUBLIC_WORKS, "2026-05-01", consent).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.PUBLIC_WORKS, "2026-05-01", MeasureFacts.none())).ruleId()).isEqualTo("PRG-07");
    }

    @Test
    void PRG07_priorityToThoseWithoutJobLossPaymentAndRegisteredOver6MonthsThenByRegistrationDate() {
        LocalDate today = LocalDate.parse("2026-03-02");
        var both = new PublicWorksPriority.Candidate(UUID.randomUUID(), LocalDate.parse("2025-08-01"), false);
        var longButPaid = new PublicWorksPriority.Candidate(UUID.randomUUID(), LocalDate.parse("2025-01-01"), true);
        var recentUnpaid = new PublicWorksPriority.Candidate(UUID.randomUUID(), LocalDate.parse("2026-01-01"), false);
        var recentPaid = new PublicWorksPriority.Candidate(UUID.randomUUID(), LocalDate.parse("2025-12-01"), true);
        // exactly 6 months (2025-09-02 + 6 months = 2026-03-02) is not "more than 6 months"
        var sixMonthsPaid = new PublicWorksPriority.Candidate(UUID.randomUUID(), LocalDate.parse("2025-09-02"), true);
        assertThat(PublicWorksPriority.order(List.of(recentPaid, sixMonthsPaid, recentUnpaid, longButPaid, both), today, L))
                .containsExactly(both, longButPaid, recentUnpaid, sixMonthsPaid, recentPaid);
    }

    @Test
    void PRG08_subsidiesInTengeForTheMciOf2026() {
        var s = LabourMobility.subsidy(3, LabourMobility.Move.BETWEEN_REGIONS, false, MCI_2026, L);
        assertThat(s.relocationPerMember()).isEqualTo(Tenge.of("151375.00"));   // 35 x 4,325
        assertThat(s.relocationTotal()).isEqualTo(Tenge.of("454125.00"));
        assertThat(s.rentPerMonth()).isEqualTo(Tenge.of("108125.00"));          // 25 x 4,325 (2-4 members, urban)
        assertThat(s.rentTotal()).isEqualTo(Tenge.of("1297500.00"));            // 12 months
        assertThat(s.total()).isEqualTo(Tenge.of("1751625.00"));
    }

    @Test
    void PRG08_withinOneOblastRuralAndFamilySizesFor2025() {
        var one = LabourMobility.subsidy(1, LabourMobility.Move.WITHIN_OBLAST, true, MCI_2025, L);
        assertThat(one.relocationPerMember()).isEqualTo(Tenge.of("98300.00"));  // 25 x 3,932
        assertThat(one.rentPerMonth()).isEqualTo(Tenge.of("58980.00"));         // 15 x 3,932
        var five = LabourMobility.subsidy(5, LabourMobility.Move.BETWEEN_REGIONS, true, MCI_2025, L);
        assertThat(five.rentPerMonth()).isEqualTo(Tenge.of("82572.00"));        // 21 x 3,932
        var fiveUrban = LabourMobility.subsidy(5, LabourMobility.Move.BETWEEN_REGIONS, false, MCI_2025, L);
        assertThat(fiveUrban.rentPerMonth()).isEqualTo(Tenge.of("117960.00"));  // 30 x 3,932
        var fourUrban = LabourMobility.subsidy(4, LabourMobility.Move.BETWEEN_REGIONS, false, MCI_2025, L);
        assertThat(fourUrban.rentPerMonth()).isEqualTo(Tenge.of("98300.00"));   // 25 x 3,932
        var oneUrban = LabourMobility.subsidy(1, LabourMobility.Move.BETWEEN_REGIONS, false, MCI_2025, L);
        assertThat(oneUrban.rentPerMonth()).isEqualTo(Tenge.of("78640.00"));    // 20 x 3,932
    }

    @Test
    void PRG09_vocationalOrientationHasNoLimits() {
        assertThat(check(MeasureKind.VOCATIONAL_ORIENTATION, "2026-03-02", null).isRefused()).isFalse();
        assertThat(refusal(check(MeasureKind.VOCATIONAL_ORIENTATION, "2026-03-01", null)).code())
                .isEqualTo("measure.end-before-start");
    }
}
