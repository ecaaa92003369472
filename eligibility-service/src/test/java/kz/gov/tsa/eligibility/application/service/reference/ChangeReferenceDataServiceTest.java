package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.application.port.in.reference.ChangeNotAllowedException;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase.Change;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase.PutBasketPricesCommand;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase.RecordVersionCommand;
import kz.gov.tsa.eligibility.application.port.in.reference.ChangeReferenceDataUseCase.WithdrawCommand;
import kz.gov.tsa.eligibility.application.port.in.reference.Editor;
import kz.gov.tsa.eligibility.application.port.in.reference.InvalidReferenceChangeException;
import kz.gov.tsa.eligibility.application.port.in.reference.UnknownRegionException;
import kz.gov.tsa.eligibility.domain.reference.BasketItem;
import kz.gov.tsa.eligibility.domain.reference.BasketPrice;
import kz.gov.tsa.eligibility.domain.reference.BasketUnit;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.eligibility.domain.reference.ReferenceValue;
import kz.gov.tsa.eligibility.domain.reference.Region;
import kz.gov.tsa.eligibility.domain.reference.RegionalFigure;
import kz.gov.tsa.eligibility.domain.reference.Timeline;
import kz.gov.tsa.eligibility.domain.reference.Validity;
import kz.gov.tsa.eligibility.domain.reference.Version;
import kz.gov.tsa.kernel.Quarter;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static kz.gov.tsa.eligibility.application.service.reference.ReferenceDataQueryServiceTest.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ChangeReferenceDataService over the in-memory reference ports: a change is checked (the editor's right → FORBIDDEN,
 * the region → NOT_FOUND, the basket item → UNPROCESSABLE REF-03), planned over the locked timeline without rewriting
 * history (closed, superseded, remainders), stored with its audit record (editor and reason) and — for a published
 * parameter (D-25) — released in the same transaction.
 */
class ChangeReferenceDataServiceTest {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final RegionCode ASTANA = new RegionCode("710000000");
    static final RegionCode SHYMKENT = new RegionCode("790000000"); // no stored row
    static final Quarter Q2 = Quarter.parse("2026-Q2");

    static final Editor MINISTRY = Editor.ministry("admin1");
    static final Editor ALMATY_AKIMAT = Editor.akimat("akimat-almaty", Optional.of(ALMATY));
    static final Editor AKIMAT_WITHOUT_CLAIM = Editor.akimat("akimat-x", Optional.empty());

    final InMemoryReferencePorts.StoredVersions stored = new InMemoryReferencePorts.StoredVersions();
    final InMemoryReferencePorts.Store store = new InMemoryReferencePorts.Store(stored);
    final InMemoryReferencePorts.Outbox outbox = new InMemoryReferencePorts.Outbox();
    final ChangeReferenceDataService service = new ChangeReferenceDataService(stored, store, outbox);

    ChangeReferenceDataServiceTest() {
        stored.regions.add(new Region(ALMATY, "Алматы", "Алматы", "Almaty",
                Region.Kind.CITY_OF_REPUBLICAN_SIGNIFICANCE));
        stored.regions.add(new Region(ASTANA, "Астана", "Астана", "Astana",
                Region.Kind.CITY_OF_REPUBLICAN_SIGNIFICANCE));
    }

    static Mci social(String amount) {
        return new Mci(MciPurpose.SOCIAL_PAYMENTS, Tenge.of(amount));
    }

    static BasketItem item(String code) {
        return new BasketItem(code, code.toLowerCase(), code.toLowerCase(), code.toLowerCase(), BasketUnit.KG,
                new BigDecimal("100.000"), new BigDecimal("1000"), false);
    }

    static RecordVersionCommand from(ReferenceValue value, String from, String to, Editor editor) {
        return new RecordVersionCommand(value, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                "order No. 1", "yearly update", editor);
    }

    static RecordVersionCommand forQ2(ReferenceValue value, Editor editor) {
        return RecordVersionCommand.forQuarter(value, Q2, "akimat decree", "quarterly figures", editor);
    }

    Version<?> current(long id) {
        return stored.byId(id);
    }

    void assertNothingChanged(int versionsBefore) {
        assertThat(stored.versions).hasSize(versionsBefore);
        assertThat(store.audited).isEmpty();
        assertThat(outbox.appended).isEmpty();
    }

    @Nested
    class RecordVersion {

        @Test
        void REF07_D25_aNewMciClosesTheVersionInForceTheDayBeforeIsAuditedAndReleased() {
            Version<Mci> y2026 = stored.add(social("4325.00"), "2026-01-01", null);
            outbox.claimed.add("MCI.SOCIAL_PAYMENTS/" + y2026.id()); // released when it was seeded

            Change change = service.record(from(social("4500.00"), "2027-01-01", null, MINISTRY));

            Version<?> created = change.created().orElseThrow();
            assertThat(created.value()).isEqualTo(social("4500.00"));
            assertThat(created.validity()).isEqualTo(Validity.from(LocalDate.parse("2027-01-01")));
            assertThat(created.recordedBy()).isEqualTo("admin1");
            assertThat(change.closed()).containsExactly(new Timeline.Closure(y2026.id(), null,
                    LocalDate.parse("2026-12-31")));
            assertThat(change.superseded()).isEmpty();
            assertThat(change.remainders()).isEmpty();
            assertThat(current(y2026.id()).validity().to()).isEqualTo(LocalDate.parse("2026-12-31"));
            assertThat(store.locked).containsExactly("MCI/SOCIAL_PAYMENTS");
            assertThat(store.audited).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo("admin1");
                assertThat(a.reason()).isEqualTo("yearly update");
                assertThat(a.source()).isEqualTo("order No. 1");
            });
            assertThat(outbox.appended).containsExactly(new ReferenceRelease("MCI.SOCIAL_PAYMENTS",
                    LocalDate.parse("2027-01-01"), null, "4500.00", created.id(), "order No. 1"));
        }

        @Test
        void REF07_aCorrectionFromTheSameFirstDaySupersedesTheVersionAndKeepsIt() {
            Version<Mci> wrong = stored.add(social("4352.00"), "2026-01-01", "2026-12-31");

            Change change = service.record(from(social("4325.00"), "2026-01-01", "2026-12-31", MINISTRY));

            assertThat(change.superseded()).containsExactly(wrong.id());
            assertThat(change.closed()).isEmpty();
            assertThat(current(wrong.id()).active()).isFalse();
            assertThat(stored.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2026-01-01")))
                    .contains(change.created().orElseThrow());
        }

        @Test
        void REF07_aValueForPartOfAVersionsPeriodLeavesTheRestAsARemainder() {
            Version<Mci> year = stored.add(social("4325.00"), "2026-01-01", "2026-12-31");

            Change change = service.record(from(social("4400.00"), "2026-04-01", "2026-06-30", MINISTRY));

            assertThat(change.closed()).containsExactly(new Timeline.Closure(year.id(), LocalDate.parse("2026-12-31"),
                    LocalDate.parse("2026-03-31")));
            assertThat(change.remainders()).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo(social("4325.00"));
                assertThat(r.validity()).isEqualTo(new Validity(LocalDate.parse("2026-07-01"),
                        LocalDate.parse("2026-12-31")));
            });
            assertThat(stored.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2026-06-30"))
                    .orElseThrow().value()).isEqualTo(social("4400.00"));
            assertThat(stored.inForce(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", LocalDate.parse("2026-07-01"))
                    .orElseThrow().value()).isEqualTo(social("4325.00"));
        }

        @Test
        void D25_REF07_theNewVersionAndTheRemainderOfAPublishedParameterAreBothReleased() {
            Version<Mci> year = stored.add(social("4325.00"), "2026-01-01", "2026-12-31");
            outbox.claimed.add("MCI.SOCIAL_PAYMENTS/" + year.id());

            Change change = service.record(from(social("4400.00"), "2026-04-01", "2026-06-30", MINISTRY));

            long created = change.created().orElseThrow().id();
            long remainder = change.remainders().getFirst().id();
            assertThat(outbox.appended).extracting(ReferenceRelease::version, ReferenceRelease::value,
                            ReferenceRelease::validFrom)
                    .containsExactly(tuple(created, "4400.00", LocalDate.parse("2026-04-01")),
                            tuple(remainder, "4325.00", LocalDate.parse("2026-07-01")));
        }

        @Test
        void D25_aNationalParameterThatIsNotPublishedIsStoredButNotReleased() {
            Change change = service.record(from(item("BREAD"), "2026-01-01", null, MINISTRY));

            assertThat(change.created()).isPresent();
            assertThat(store.audited).hasSize(1);
            assertThat(outbox.appended).isEmpty();
        }

        @Test
        void REF05_anAkimatRecordsItsOwnRegionsPovertyLineWhichIsAuditedButNotReleased() {
            Change change = service.record(forQ2(new RegionalFigure(ReferenceParameter.POVERTY_LINE, ALMATY,
                    Tenge.of("36400.00")), ALMATY_AKIMAT));

            assertThat(change.key()).isEqualTo("750000000");
            assertThat(change.created().orElseThrow().validity()).isEqualTo(Validity.of(Q2));
            assertThat(store.audited).singleElement().extracting(a -> a.actor()).isEqualTo("akimat-almaty");
            assertThat(outbox.appended).isEmpty();
        }

        @Test
        void REF07_anAkimatMayNotChangeANationalParameter() {
            stored.add(social("4325.00"), "2026-01-01", null);

            Refusal refusal = refusalOf(ChangeNotAllowedException.class,
                    () -> service.record(from(social("4500.00"), "2027-01-01", null, ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("reference.change.ministry-only");
            assertThat(refusal.facts()).containsEntry("parameter", "MCI");
            assertThat(store.locked).isEmpty();
            assertNothingChanged(1);
        }

        @Test
        void REF01_anAkimatMayNotChangeAnotherRegionsValue() {
            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.record(forQ2(
                    new RegionalFigure(ReferenceParameter.SUBSISTENCE_MINIMUM, ASTANA, Tenge.of("52000.00")),
                    ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("reference.change.region-not-own");
            assertThat(refusal.facts()).containsEntry("regionCode", "710000000").containsEntry("ownRegion", "750000000");
            assertNothingChanged(0);
        }

        @Test
        void REF01_anAkimatTokenWithoutARegionClaimChangesNothing() {
            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.record(forQ2(
                    new RegionalFigure(ReferenceParameter.SUBSISTENCE_MINIMUM, ALMATY, Tenge.of("52000.00")),
                    AKIMAT_WITHOUT_CLAIM)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("reference.change.no-region-claim");
            assertNothingChanged(0);
        }

        @Test
        void REF01_aRegionWithoutAStoredRowIsNotFoundForTheMinistry() {
            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.record(forQ2(
                    new RegionalFigure(ReferenceParameter.SUBSISTENCE_MINIMUM, SHYMKENT, Tenge.of("48000.00")),
                    MINISTRY)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.facts()).containsEntry("regionCode", "790000000");
            assertNothingChanged(0);
        }

        @Test
        void REF01_theEditorsRightIsCheckedBeforeTheRegion() {
            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.record(forQ2(
                    new RegionalFigure(ReferenceParameter.SUBSISTENCE_MINIMUM, SHYMKENT, Tenge.of("48000.00")),
                    ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        }

        @Test
        void REF03_aPriceForAnItemInTheBasketFromTheQuartersFirstDayIsRecorded() {
            stored.add(item("BREAD"), "2026-04-01", null);

            Change change = service.record(forQ2(new BasketPrice(ALMATY, "BREAD", Tenge.of("310.00")), ALMATY_AKIMAT));

            assertThat(change.key()).isEqualTo("750000000/BREAD");
            assertThat(stored.basketPrices(ALMATY, Q2.firstDay())).singleElement()
                    .satisfies(p -> assertThat(p.value().price()).isEqualTo(Tenge.of("310.00")));
        }

        @Test
        void REF03_aPriceForAnItemThatLeftTheBasketTheDayBeforeTheQuarterIsRefused() {
            stored.add(item("BREAD"), "2018-01-01", "2026-03-31");

            Refusal refusal = refusalOf(InvalidReferenceChangeException.class, () -> service.record(forQ2(
                    new BasketPrice(ALMATY, "BREAD", Tenge.of("310.00")), ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(refusal.ruleId()).isEqualTo("REF-03");
            assertThat(refusal.code()).isEqualTo("reference.change.refused");
            assertThat(refusal.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("itemCode");
                assertThat(f.code()).isEqualTo("reference.basket.not-in-basket");
                assertThat(f.args()).containsExactly("BREAD", "2026-Q2");
            });
            assertNothingChanged(1);
        }

        @Test
        void REF03_aPriceForAnItemThatJoinsTheBasketOnlyOnTheQuartersSecondDayIsRefused() {
            stored.add(item("BREAD"), "2026-04-02", null);

            Refusal refusal = refusalOf(InvalidReferenceChangeException.class, () -> service.record(forQ2(
                    new BasketPrice(ALMATY, "BREAD", Tenge.of("310.00")), ALMATY_AKIMAT)));

            assertThat(refusal.ruleId()).isEqualTo("REF-03");
            assertNothingChanged(1);
        }
    }

    @Nested
    class PutBasketPrices {

        void basketWithPricesOfQ2() {
            stored.add(item("BREAD"), "2026-01-01", null);
            stored.add(item("MILK"), "2026-01-01", null);
            stored.add(new BasketPrice(ALMATY, "BREAD", Tenge.of("300.00")), "2026-04-01", "2026-06-30");
            stored.add(new BasketPrice(ALMATY, "MILK", Tenge.of("400.00")), "2026-04-01", "2026-06-30");
            stored.add(new BasketPrice(ALMATY, "MILK", Tenge.of("390.00")), "2026-01-01", "2026-03-31");
        }

        PutBasketPricesCommand put(Map<String, Tenge> prices, RegionCode region, Editor editor) {
            return new PutBasketPricesCommand(region, Q2, prices, "statistics bureau", "quarterly prices", editor);
        }

        @Test
        void REF03_theListedPricesReplaceTheQuartersAndAnUnlistedItemLosesItsPriceForThatQuarterOnly() {
            basketWithPricesOfQ2();

            List<Change> changes = service.putBasketPrices(put(Map.of("BREAD", Tenge.of("310.00")), ALMATY,
                    ALMATY_AKIMAT));

            assertThat(changes).extracting(Change::key).containsExactly("750000000/BREAD", "750000000/MILK");
            assertThat(changes.get(0).created()).isPresent();
            assertThat(changes.get(0).superseded()).hasSize(1);
            assertThat(changes.get(1).created()).isEmpty();
            assertThat(changes.get(1).superseded()).hasSize(1);
            assertThat(stored.basketPrices(ALMATY, Q2.firstDay())).singleElement().satisfies(p -> {
                assertThat(p.value().itemCode()).isEqualTo("BREAD");
                assertThat(p.value().price()).isEqualTo(Tenge.of("310.00"));
            });
            assertThat(stored.basketPrices(ALMATY, LocalDate.parse("2026-03-31"))).singleElement()
                    .satisfies(p -> assertThat(p.value().price()).isEqualTo(Tenge.of("390.00")));
            assertThat(store.audited).hasSize(2).allSatisfy(a -> {
                assertThat(a.actor()).isEqualTo("akimat-almaty");
                assertThat(a.reason()).isEqualTo("quarterly prices");
            });
            assertThat(outbox.appended).isEmpty();
        }

        @Test
        void REF03_aPriceForAnItemNotInTheBasketRefusesTheWholePutBeforeAnythingIsStored() {
            basketWithPricesOfQ2();

            Refusal refusal = refusalOf(InvalidReferenceChangeException.class, () -> service.putBasketPrices(put(
                    Map.of("BREAD", Tenge.of("310.00"), "TEA", Tenge.of("900.00")),
                    ALMATY, ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(refusal.ruleId()).isEqualTo("REF-03");
            assertThat(refusal.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("prices.TEA");
                assertThat(f.args()).containsExactly("TEA", "2026-Q2");
            });
            assertThat(store.locked).isEmpty();
            assertNothingChanged(5);
        }

        @Test
        void REF03_anAkimatMayNotPutAnotherRegionsPrices() {
            basketWithPricesOfQ2();

            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.putBasketPrices(put(
                    Map.of("BREAD", Tenge.of("310.00")), ASTANA, ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("reference.change.region-not-own");
            assertNothingChanged(5);
        }

        @Test
        void REF03_theMinistryPutsPricesOnlyForAStoredRegion() {
            basketWithPricesOfQ2();

            Refusal refusal = refusalOf(UnknownRegionException.class, () -> service.putBasketPrices(put(
                    Map.of("BREAD", Tenge.of("310.00")), SHYMKENT, MINISTRY)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertNothingChanged(5);
        }
    }

    @Nested
    class Withdraw {

        WithdrawCommand withdraw(ReferenceParameter parameter, String key, String from, Editor editor) {
            return new WithdrawCommand(parameter, key, LocalDate.parse(from), "leaves the basket", editor);
        }

        @Test
        void REF03_anItemLeavesTheBasketItsVersionEndsTheDayBeforeAndTheWithdrawalIsAudited() {
            Version<BasketItem> bread = stored.add(item("BREAD"), "2026-01-01", null);

            Change change = service.withdraw(withdraw(ReferenceParameter.BASKET_ITEM, "BREAD", "2026-07-01", MINISTRY));

            assertThat(change.created()).isEmpty();
            assertThat(change.closed()).containsExactly(new Timeline.Closure(bread.id(), null,
                    LocalDate.parse("2026-06-30")));
            assertThat(stored.inForce(ReferenceParameter.BASKET_ITEM, "BREAD", LocalDate.parse("2026-06-30")))
                    .isPresent();
            assertThat(stored.inForce(ReferenceParameter.BASKET_ITEM, "BREAD", LocalDate.parse("2026-07-01")))
                    .isEmpty();
            assertThat(store.audited).singleElement().satisfies(a -> {
                assertThat(a.value()).isNull();
                assertThat(a.actor()).isEqualTo("admin1");
                assertThat(a.reason()).isEqualTo("leaves the basket");
            });
        }

        @Test
        void REF03_withdrawnFromItsFirstDayAVersionIsSupersededNotClosed() {
            Version<BasketItem> bread = stored.add(item("BREAD"), "2026-07-01", null);

            Change change = service.withdraw(withdraw(ReferenceParameter.BASKET_ITEM, "BREAD", "2026-07-01", MINISTRY));

            assertThat(change.superseded()).containsExactly(bread.id());
            assertThat(change.closed()).isEmpty();
            assertThat(current(bread.id()).active()).isFalse();
        }

        @Test
        void REF03_withdrawnOnItsLastDayAVersionEndsTheDayBefore() {
            Version<BasketItem> bread = stored.add(item("BREAD"), "2026-01-01", "2026-06-30");

            Change change = service.withdraw(withdraw(ReferenceParameter.BASKET_ITEM, "BREAD", "2026-06-30", MINISTRY));

            assertThat(change.closed()).containsExactly(new Timeline.Closure(bread.id(), LocalDate.parse("2026-06-30"),
                    LocalDate.parse("2026-06-29")));
        }

        @Test
        void REF03_withdrawingFromTheDayAfterTheLastVersionEndsWithdrawsNothingAndIsRefused() {
            stored.add(item("BREAD"), "2026-01-01", "2026-06-30");

            Refusal refusal = refusalOf(InvalidReferenceChangeException.class, () -> service.withdraw(
                    withdraw(ReferenceParameter.BASKET_ITEM, "BREAD", "2026-07-01", MINISTRY)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(refusal.ruleId()).isEqualTo("REF-03");
            assertThat(refusal.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("from");
                assertThat(f.code()).isEqualTo("reference.withdraw.nothing");
                assertThat(f.args()).containsExactly("BASKET_ITEM", "BREAD");
            });
            assertNothingChanged(1);
        }

        @Test
        void REF03_anAkimatWithdrawsItsOwnRegionsPriceButNotAnotherRegions() {
            stored.add(item("BREAD"), "2026-01-01", null);
            stored.add(new BasketPrice(ALMATY, "BREAD", Tenge.of("300.00")), "2026-04-01", "2026-06-30");
            stored.add(new BasketPrice(ASTANA, "BREAD", Tenge.of("320.00")), "2026-04-01", "2026-06-30");

            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.withdraw(withdraw(
                    ReferenceParameter.BASKET_PRICE, "710000000/BREAD", "2026-04-01", ALMATY_AKIMAT)));
            Change own = service.withdraw(withdraw(ReferenceParameter.BASKET_PRICE, "750000000/BREAD", "2026-04-01",
                    ALMATY_AKIMAT));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(own.superseded()).hasSize(1);
            assertThat(stored.basketPrices(ALMATY, Q2.firstDay())).isEmpty();
            assertThat(stored.basketPrices(ASTANA, Q2.firstDay())).hasSize(1);
            assertThat(store.audited).singleElement().extracting(a -> a.key()).isEqualTo("750000000/BREAD");
        }

        @Test
        void D99_REF07_aWithdrawnMciIsAuditedAndItsClosingIsAnnouncedOnceNotRePublished() {
            Version<Mci> open = stored.add(social("4325.00"), "2026-01-01", null);
            outbox.claimed.add("MCI.SOCIAL_PAYMENTS/" + open.id());

            Change change = service.withdraw(withdraw(ReferenceParameter.MCI, "SOCIAL_PAYMENTS", "2027-01-01",
                    MINISTRY));

            assertThat(change.closed()).hasSize(1);
            assertThat(store.audited).hasSize(1);
            assertThat(outbox.appended).as("the version itself is not published again").isEmpty();
            // D-99: consumers learn that it no longer counts from 2027-01-01 — else their copy stays open-ended
            assertThat(outbox.withdrawn).containsExactly("MCI.SOCIAL_PAYMENTS/" + open.id() + " from 2027-01-01");
            service.record(from(social("4500.00"), "2028-01-01", null, MINISTRY));
            assertThat(outbox.withdrawn).as("announced once").containsOnlyOnce(
                    "MCI.SOCIAL_PAYMENTS/" + open.id() + " from 2027-01-01");
        }

        @Test
        void D99_REF07_aCorrectedMciVersionIsAnnouncedAsCountingForNoDay() {
            Version<Mci> wrong = stored.add(social("4352.00"), "2026-01-01", null);
            outbox.claimed.add("MCI.SOCIAL_PAYMENTS/" + wrong.id());

            Change change = service.record(from(social("4325.00"), "2026-01-01", null, MINISTRY));

            assertThat(change.superseded()).containsExactly(wrong.id());
            assertThat(outbox.appended).extracting(ReferenceRelease::value).containsExactly("4325.00");
            assertThat(outbox.withdrawn).containsExactly("MCI.SOCIAL_PAYMENTS/" + wrong.id() + " from 2026-01-01");
        }

        @Test
        void D99_aVersionRecordedWithItsLastDayIsAnnouncedToEndTheDayAfterAndANationalParameterNotAtAll() {
            Change change = service.record(from(social("4325.00"), "2026-01-01", "2026-12-31", MINISTRY));
            service.record(from(item("BREAD"), "2026-01-01", "2026-06-30", MINISTRY));

            assertThat(outbox.withdrawn).containsExactly("MCI.SOCIAL_PAYMENTS/" + change.created().orElseThrow().id()
                    + " from 2027-01-01");
        }

        @Test
        void REF03_anAkimatMayNotWithdrawABasketItem() {
            stored.add(item("BREAD"), "2026-01-01", null);

            Refusal refusal = refusalOf(ChangeNotAllowedException.class, () -> service.withdraw(
                    withdraw(ReferenceParameter.BASKET_ITEM, "BREAD", "2026-07-01", ALMATY_AKIMAT)));

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.code()).isEqualTo("reference.change.ministry-only");
            assertNothingChanged(1);
        }
    }
}
