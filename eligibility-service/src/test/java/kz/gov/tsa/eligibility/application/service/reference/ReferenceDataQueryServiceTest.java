package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.BasketUnit;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RefusedException;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * ReferenceDataQueryService over the in-memory reference data: the regions, the versions of a parameter and the ones
 * in force on a day. Refusals: an unknown region (NOT_FOUND) and a missing value (UNPROCESSABLE, citing the
 * parameter's rule and naming parameter, key and date — never a default).
 */
class ReferenceDataQueryServiceTest {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final RegionCode SHYMKENT = new RegionCode("790000000"); // a KATO region with no stored row here

    final InMemoryReferencePorts.StoredVersions stored = new InMemoryReferencePorts.StoredVersions();
    final ReferenceDataQueryService service = new ReferenceDataQueryService(stored);

    final Region almaty = new Region(ALMATY, "Алматы", "Алматы", "Almaty", Region.Kind.CITY_OF_REPUBLICAN_SIGNIFICANCE);

    ReferenceDataQueryServiceTest() {
        stored.regions.add(almaty);
    }

    static Refusal refusalOf(Class<? extends RefusedException> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return ((RefusedException) thrown).refusal();
    }

    static Mci social(String amount) {
        return new Mci(MciPurpose.SOCIAL_PAYMENTS, Tenge.of(amount));
    }

    static BasketItem bread() {
        return new BasketItem("BREAD", "Нан", "Хлеб", "Bread", BasketUnit.KG, new BigDecimal("105.850"),
                new BigDecimal("2420"), false);
    }

    @Nested
    class Regions {

        @Test
        void theStoredRegionsAreListedAndOneIsFoundByItsCode() {
            assertThat(service.regions()).containsExactly(almaty);
            assertThat(service.region(ALMATY)).isEqualTo(almaty);
        }

        @Test
        void aWellFormedCodeWithoutAStoredRegionIsNotFound() {
            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.region(SHYMKENT));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("reference.unknown-region");
            assertThat(refusal.facts()).containsEntry("regionCode", "790000000");
        }
    }

    @Nested
    class Versions {

        @Test
        void REF07_theVersionsOfAParameterComeInDateOrderAndACorrectionOnlyWhenAskedFor() {
            Version<Mci> y2026 = stored.add(social("4325.00"), "2026-01-01", null);
            Version<Mci> corrected = stored.add(3, social("3900.00"), "2025-01-01", "2025-12-31", true);
            Version<Mci> y2025 = stored.add(social("3932.00"), "2025-01-01", "2025-12-31");

            assertThat(service.versions(ReferenceParameter.MCI, Optional.empty(), false))
                    .containsExactly(y2025, y2026);
            assertThat(service.versions(ReferenceParameter.MCI, Optional.of("SOCIAL_PAYMENTS"), true))
                    .containsExactlyInAnyOrder(corrected, y2025, y2026);
        }

        @Test
        void REF01_theVersionsOfAStoredRegionsKeyAreListed() {
            Version<RegionalFigure> sm = stored.add(new RegionalFigure(ReferenceParameter.SUBSISTENCE_MINIMUM, ALMATY,
                    Tenge.of("52000.00")), "2026-01-01", "2026-03-31");

            assertThat(service.versions(ReferenceParameter.SUBSISTENCE_MINIMUM, Optional.of("750000000"), false))
                    .containsExactly(sm);
        }

        @Test
        void REF03_aRegionalKeyOfARegionWithoutAStoredRowIsNotFoundEvenWithAnItem() {
            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.versions(
                    ReferenceParameter.BASKET_PRICE, Optional.of("790000000/BREAD"), false));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.facts()).containsEntry("regionCode", "790000000");
        }

        @Test
        void aNationalParametersKeyIsNeverTakenForARegion() {
            assertThat(service.versions(ReferenceParameter.BASKET_ITEM, Optional.of("123456789"), false)).isEmpty();
        }
    }

    @Nested
    class InForce {

        @Test
        void REF03_everyKeyInForceOnTheFirstDayOfItsValidityIsFound() {
            Version<BasketItem> item = stored.add(bread(), "2026-04-01", null);

            assertThat(service.inForce(ReferenceParameter.BASKET_ITEM, LocalDate.parse("2026-04-01")))
                    .containsExactly(item);
        }

        @Test
        void REF03_theDayBeforeItsValidityNothingIsInForceAndTheGapIsNamed() {
            stored.add(bread(), "2026-04-01", null);

            Refusal refusal = refusalOf(MissingReferenceDataException.class,
                    () -> service.inForce(ReferenceParameter.BASKET_ITEM, LocalDate.parse("2026-03-31")));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(refusal.ruleId()).isEqualTo("REF-03");
            assertThat(refusal.code()).isEqualTo("reference.missing");
            assertThat(refusal.facts()).containsEntry("parameter", "BASKET_ITEM")
                    .containsEntry("key", ReferenceParameter.NATIONAL_KEY).containsEntry("date", "2026-03-31");
        }

        @Test
        void REF07_aSupersededVersionIsNeverInForce() {
            stored.add(1, social("3900.00"), "2025-01-01", "2025-12-31", true);

            Refusal refusal = refusalOf(MissingReferenceDataException.class,
                    () -> service.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2025-06-01")));

            assertThat(refusal.ruleId()).isEqualTo("REF-07");
            assertThat(refusal.facts()).containsEntry("key", "SOCIAL_PAYMENTS");
        }

        @Test
        void REF07_theVersionOfAKeyIsInForceFromItsFirstToItsLastDay() {
            Version<Mci> y2025 = stored.add(social("3932.00"), "2025-01-01", "2025-12-31");
            Version<Mci> y2026 = stored.add(social("4325.00"), "2026-01-01", null);

            assertThat(service.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2025-12-31")))
                    .isEqualTo(y2025);
            assertThat(service.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2026-01-01")))
                    .isEqualTo(y2026);
        }

        @Test
        void REF05_aMissingQuarterlyValueIsNamedWithItsQuarter() {
            stored.add(new RegionalFigure(ReferenceParameter.POVERTY_LINE, ALMATY, Tenge.of("36400.00")),
                    "2026-04-01", "2026-06-30");

            Refusal refusal = refusalOf(MissingReferenceDataException.class,
                    () -> service.inForce(ReferenceParameter.POVERTY_LINE, "750000000", LocalDate.parse("2026-03-31")));

            assertThat(refusal.ruleId()).isEqualTo("REF-05");
            assertThat(refusal.facts()).containsEntry("parameter", "POVERTY_LINE")
                    .containsEntry("key", "750000000/2026-Q1").containsEntry("date", "2026-03-31");
        }

        @Test
        void REF03_aPriceOfARegionWithoutAStoredRowIsNotFoundBeforeItIsMissing() {
            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.inForce(
                    ReferenceParameter.BASKET_PRICE, BasketPrice.key(SHYMKENT, "BREAD"), LocalDate.parse("2026-04-01")));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        }
    }
}
