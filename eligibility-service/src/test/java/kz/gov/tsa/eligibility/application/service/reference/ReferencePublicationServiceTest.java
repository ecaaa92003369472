package kz.gov.tsa.eligibility.application.service.reference;

import kz.gov.tsa.eligibility.domain.reference.ContractTerm;
import kz.gov.tsa.eligibility.domain.reference.Mci;
import kz.gov.tsa.eligibility.domain.reference.MciPurpose;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.eligibility.domain.reference.ReferenceRelease;
import kz.gov.tsa.eligibility.domain.reference.RetirementAge;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.Tenge;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-25: PublishReferenceValuesService and ReferenceReleases over in-memory fakes — every stored version of the MCI
 * (REF-07) and of the retirement ages (ELIG-06) is released once, oldest row first; nothing else is released.
 */
class ReferencePublicationServiceTest {

    final InMemoryReferencePorts.StoredVersions stored = new InMemoryReferencePorts.StoredVersions();
    final InMemoryReferencePorts.Outbox outbox = new InMemoryReferencePorts.Outbox();
    final PublishReferenceValuesService service = new PublishReferenceValuesService(stored, outbox);

    static Mci social(String amount) {
        return new Mci(MciPurpose.SOCIAL_PAYMENTS, Tenge.of(amount));
    }

    /** The seed of a small database: rows inserted out of date order, one correction, one non-published value. */
    void seed() {
        stored.add(10, social("4325.00"), "2026-01-01", "2026-12-31", false);
        stored.add(3, social("3932.00"), "2025-01-01", "2025-12-31", false);
        stored.add(4, social("3900.00"), "2025-01-01", "2025-12-31", true); // a superseded correction
        stored.add(7, new Mci(MciPurpose.FINES_TAXES, Tenge.of("4325.00")), "2026-01-01", null, false);
        stored.add(6, new RetirementAge(Sex.MALE, new BigDecimal("63")), "2018-01-01", null, false);
        stored.add(5, new RetirementAge(Sex.FEMALE, new BigDecimal("61")), "2023-01-01", "2023-12-31", false);
        stored.add(1, new ContractTerm(6), "2018-01-01", null, false);
    }

    @Nested
    class PublishReferenceValues {

        @Test
        void D25_REF07_ELIG06_everyStoredVersionOfThePublishedParametersIsReleasedOldestRowFirst() {
            seed();

            assertThat(service.publishPending()).isEqualTo(6);

            assertThat(outbox.appended).extracting(ReferenceRelease::parameter, ReferenceRelease::version)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MCI.SOCIAL_PAYMENTS", 3L),
                            org.assertj.core.groups.Tuple.tuple("MCI.SOCIAL_PAYMENTS", 4L),
                            org.assertj.core.groups.Tuple.tuple("MCI.FINES_TAXES", 7L),
                            org.assertj.core.groups.Tuple.tuple("MCI.SOCIAL_PAYMENTS", 10L),
                            org.assertj.core.groups.Tuple.tuple("RETIREMENT_AGE.FEMALE", 5L),
                            org.assertj.core.groups.Tuple.tuple("RETIREMENT_AGE.MALE", 6L));
            assertThat(outbox.appended).filteredOn(r -> r.version() == 10).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("4325.00");
                assertThat(r.validFrom()).isEqualTo(LocalDate.parse("2026-01-01"));
                assertThat(r.validTo()).isEqualTo(LocalDate.parse("2026-12-31"));
                assertThat(r.source()).isEqualTo("source of row 10");
            });
            assertThat(outbox.appended).filteredOn(r -> r.parameter().equals("RETIREMENT_AGE.FEMALE")).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("61.0"));
            assertThat(outbox.appended).filteredOn(r -> r.parameter().equals("MCI.FINES_TAXES")).singleElement()
                    .satisfies(r -> assertThat(r.validTo()).isNull());
            // the contract term is not a published parameter: never asked for, never released
            assertThat(stored.asked).containsExactlyInAnyOrder(ReferenceParameter.MCI,
                    ReferenceParameter.RETIREMENT_AGE);
            assertThat(outbox.appended).noneMatch(r -> r.parameter().startsWith("CONTRACT_TERM"));
        }

        @Test
        void D25_publishingAgainReleasesNothingAndCountsNothing() {
            seed();
            service.publishPending();
            List<ReferenceRelease> first = List.copyOf(outbox.appended);

            assertThat(service.publishPending()).isZero();
            assertThat(outbox.appended).isEqualTo(first);
        }

        @Test
        void D99_eachReleasedVersionWithALastDayOrSupersededIsAnnouncedOnceToStopCounting() {
            seed();

            service.publishPending();
            service.publishPending();

            // row 4 is a superseded correction: it counts for no day; rows 3, 10, 5 end on their last day; the open
            // rows 7 (FINES_TAXES) and 6 (male retirement age) are not announced; the contract term is not published
            assertThat(outbox.withdrawn).containsExactly(
                    "MCI.SOCIAL_PAYMENTS/3 from 2026-01-01",
                    "MCI.SOCIAL_PAYMENTS/4 from 2025-01-01",
                    "MCI.SOCIAL_PAYMENTS/10 from 2027-01-01",
                    "RETIREMENT_AGE.FEMALE/5 from 2024-01-01");
        }

        @Test
        void D25_aVersionAnotherInstanceReleasedMeanwhileIsNeitherAppendedNorCounted() {
            seed();
            outbox.claimed.add("MCI.SOCIAL_PAYMENTS/10");

            assertThat(service.publishPending()).isEqualTo(5);
            assertThat(outbox.appended).extracting(ReferenceRelease::version).doesNotContain(10L).hasSize(5);
        }

        @Test
        void D25_aVersionStoredAfterTheLastReleaseIsTheOnlyOneTheNextCallReleases() {
            seed();
            service.publishPending();
            stored.add(12, social("4500.00"), "2027-01-01", null, false);

            assertThat(service.publishPending()).isEqualTo(1);
            assertThat(outbox.appended.getLast()).isEqualTo(new ReferenceRelease("MCI.SOCIAL_PAYMENTS",
                    LocalDate.parse("2027-01-01"), null, "4500.00", 12, "source of row 12"));
        }

        @Test
        void nothingStoredReleasesNothing() {
            assertThat(service.publishPending()).isZero();
            assertThat(outbox.appended).isEmpty();
        }
    }

    @Nested
    class ReferenceReleasesTests {

        @Test
        void D25_theReleaseIsTheSameWhoeverCallsItAndItsCountIsWhatThisCallReleased() {
            seed();
            // ChangeReferenceDataService calls it after a change of a published parameter, in the change's transaction
            assertThat(ReferenceReleases.releasePending(stored, outbox)).isEqualTo(6);
            assertThat(ReferenceReleases.releasePending(stored, outbox)).isZero();
            assertThat(service.publishPending()).isZero();
            assertThat(outbox.appended).hasSize(6);
            assertThat(outbox.appended.stream().map(r -> r.parameter() + "/" + r.version()).distinct()).hasSize(6);
        }

        @Test
        void D25_withinOneParameterTheRowIdNotTheDateOrKeyOrdersTheReleases() {
            stored.add(9, new RetirementAge(Sex.FEMALE, new BigDecimal("58.5")), "2018-01-01", "2018-12-31", false);
            stored.add(2, new RetirementAge(Sex.MALE, new BigDecimal("63")), "2018-01-01", null, false);
            stored.add(8, new RetirementAge(Sex.FEMALE, new BigDecimal("61.5")), "2024-01-01", null, false);

            ReferenceReleases.releasePending(stored, outbox);

            assertThat(outbox.appended).extracting(ReferenceRelease::version).containsExactly(2L, 8L, 9L);
            assertThat(outbox.appended).extracting(ReferenceRelease::value).containsExactly("63.0", "61.5", "58.5");
        }
    }
}
