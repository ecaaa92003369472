package kz.gov.tsa.eligibility.domain.reference;

import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Versions as the seed stores them, for plain domain tests. */
final class ReferenceFixtures {

    static final RegionCode ALMATY = new RegionCode("750000000");

    private static long ids = 1;

    private ReferenceFixtures() {
    }

    static <T extends ReferenceValue> Version<T> version(T value, String from, String to) {
        return new Version<>(ids++, value, new Validity(LocalDate.parse(from), to == null ? null : LocalDate.parse(to)),
                "test", "tester", Instant.EPOCH, "test", null);
    }

    static <T extends ReferenceValue> Version<T> quarterly(T value, Quarter q) {
        return version(value, q.firstDay().toString(), q.lastDay().toString());
    }

    /** REF-02 as seeded: 60/40 until 2017-12-31, 55/45 from 2018-01-01. */
    static List<Version<FoodSplit>> splits() {
        return List.of(version(new FoodSplit(new BigDecimal("60"), new BigDecimal("40")), "2015-01-01", "2017-12-31"),
                version(new FoodSplit(new BigDecimal("55"), new BigDecimal("45")), "2018-01-01", null));
    }

    /** REF-04 / AMD-01 as seeded (V3, V21: whole tenge from order No. 160), with the 2019-04-01..2019-09-30 gap. */
    static List<Version<PovertyLineMethod>> methods() {
        return List.of(
                version(share("40"), "2014-01-01", "2017-12-31"),
                version(share("50"), "2018-01-01", "2019-03-31"),
                version(share("70"), "2019-10-01", "2023-06-30"),
                version(new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal("70"),
                        PovertyLineRounding.WHOLE_TENGE), "2023-07-01", "2024-12-31"),
                version(new PovertyLineMethod.GreaterOfMedianIncomeShareAndSmShare(new BigDecimal("35"),
                        new BigDecimal("70"), PovertyLineRounding.WHOLE_TENGE), "2025-01-01", null));
    }

    static PovertyLineMethod share(String percent) {
        return new PovertyLineMethod.ShareOfSubsistenceMinimum(new BigDecimal(percent));
    }

    static BasketItem item(String code, String yearlyNorm, String kcalPerUnit) {
        return new BasketItem(code, code + " kk", code + " ru", code + " en", BasketUnit.KG, new BigDecimal(yearlyNorm),
                new BigDecimal(kcalPerUnit), false);
    }

    static Version<RegionalFigure> figure(ReferenceParameter kind, String amount, Quarter q) {
        return quarterly(new RegionalFigure(kind, ALMATY, Tenge.of(amount)), q);
    }
}
