package kz.gov.tsa.payment.application.service;

import kz.gov.tsa.payment.application.port.out.AssignmentStorePort.Change;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.payment.domain.PendingApplication;
import kz.gov.tsa.payment.domain.PipelineSummary;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment pipeline (applications received, not decided yet): RecordPendingApplicationService,
 * ForgetDecidedApplicationService, ForgetWithdrawnApplicationService and PaymentPipelineQueryService over the
 * in-memory store.
 */
class PendingApplicationServicesTest {

    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final Caller NATIONWIDE = Caller.fromToken("operator1", java.util.Set.of("operator"), null);
    static final Caller ALMATY_AKIMAT = Caller.fromToken("akimat1", java.util.Set.of("akimat"), ALMATY);

    final InMemoryPorts.PendingApplications store = new InMemoryPorts.PendingApplications();
    final RecordPendingApplicationService record = new RecordPendingApplicationService(store);
    final ForgetDecidedApplicationService forget = new ForgetDecidedApplicationService(store);
    final ForgetWithdrawnApplicationService forgetWithdrawn = new ForgetWithdrawnApplicationService(store);
    final PaymentPipelineQueryService pipeline = new PaymentPipelineQueryService(store);

    static PendingApplication application(String region, String quarter, int members) {
        UUID id = UUID.randomUUID();
        return new PendingApplication(id, "F-" + id.toString().replace("-", ""), region, quarter, members,
                Instant.parse("2026-03-02T05:00:00Z"));
    }

    @Nested
    class RecordPendingApplication {

        @Test
        void PAY01_anApplicationReceivedTwiceIsPendingOnceWithOneAuditRecordOfItsCause() {
            PendingApplication a = application(ALMATY, "2026-Q1", 4);

            record.record(a, "event:ApplicationReceived/1");
            record.record(a, "event:ApplicationReceived/2");

            assertThat(store.byId).containsOnlyKeys(a.applicationId());
            assertThat(store.audit).singleElement().satisfies(c -> {
                assertThat(c.actor()).isEqualTo("event:ApplicationReceived/1");
                assertThat(c.action()).isEqualTo("PENDING_APPLICATION_RECORDED");
                assertThat(java.util.Map.<String, Object>copyOf(c.details())).containsEntry("region", ALMATY).containsEntry("quarter", "2026-Q1");
            });
            assertThat(pipeline.summary(NATIONWIDE, Optional.empty(), Optional.empty()).orElseThrow().totalPeople()).isEqualTo(4);
        }

        @Test
        void PAY01_aReplayWithOtherFiguresDoesNotOverwriteTheRecordedApplication() {
            PendingApplication a = application(ALMATY, "2026-Q1", 4);
            record.record(a, "event:ApplicationReceived/1");
            record.record(new PendingApplication(a.applicationId(), a.familyId(), ASTANA, "2026-Q2", 9,
                    a.receivedAt()), "event:ApplicationReceived/1");

            assertThat(pipeline.application(NATIONWIDE, a.applicationId())).contains(a);
            assertThat(store.audit).hasSize(1);
        }
    }

    @Nested
    class ForgetDecidedApplication {

        @Test
        void PAY01_aDecidedApplicationLeavesThePipelineOnceAuditedWithItsActor() {
            PendingApplication a = application(ALMATY, "2026-Q1", 3);
            PendingApplication b = application(ALMATY, "2026-Q1", 2);
            record.record(a, "event:ApplicationReceived/1");
            record.record(b, "event:ApplicationReceived/2");

            forget.decided(a.applicationId(), "event:EligibilityDecided/7");
            forget.decided(a.applicationId(), "event:EligibilityDecided/8");

            assertThat(pipeline.application(NATIONWIDE, a.applicationId())).isEmpty();
            assertThat(pipeline.application(NATIONWIDE, b.applicationId())).contains(b);
            assertThat(store.audit).filteredOn(c -> c.action().equals("PENDING_APPLICATION_DECIDED")).singleElement()
                    .satisfies(c -> {
                        assertThat(c.actor()).isEqualTo("event:EligibilityDecided/7");
                        assertThat(java.util.Map.<String, Object>copyOf(c.details())).containsEntry("familyId", a.familyId());
                    });
            assertThat(pipeline.summary(NATIONWIDE, Optional.empty(), Optional.empty()).orElseThrow().lines()).containsExactly(
                    new PipelineSummary.Line(ALMATY, "2026-Q1", 1, 2));
        }

        @Test
        void aDecisionForAnApplicationNeverReceivedChangesNothing() {
            PendingApplication a = application(ALMATY, "2026-Q1", 3);
            record.record(a, "event:ApplicationReceived/1");

            forget.decided(UUID.randomUUID(), "event:EligibilityDecided/9");

            assertThat(store.byId).containsOnlyKeys(a.applicationId());
            assertThat(store.audit).extracting(Change::action).containsExactly("PENDING_APPLICATION_RECORDED");
        }
    }

    @Nested
    class ForgetWithdrawnApplication {

        @Test
        void D97_aWithdrawnApplicationLeavesThePipelineOnceAuditedAsWithdrawn() {
            PendingApplication a = application(ALMATY, "2026-Q1", 3);
            record.record(a, "event:ApplicationReceived/1");

            forgetWithdrawn.withdrawn(a.applicationId(), "event:ApplicationWithdrawn/5");
            forgetWithdrawn.withdrawn(a.applicationId(), "event:ApplicationWithdrawn/6");

            assertThat(pipeline.application(NATIONWIDE, a.applicationId())).isEmpty();
            assertThat(store.audit).extracting(Change::action, Change::actor).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("PENDING_APPLICATION_RECORDED", "event:ApplicationReceived/1"),
                    org.assertj.core.groups.Tuple.tuple("PENDING_APPLICATION_WITHDRAWN", "event:ApplicationWithdrawn/5"));
            assertThat(pipeline.summary(NATIONWIDE, Optional.empty(), Optional.empty()).orElseThrow().lines()).isEmpty();
        }
    }

    @Nested
    class PaymentPipelineQuery {

        @Test
        void thePipelineCountsFamiliesAndPeoplePerRegionAndQuarterAndFiltersByEither() {
            record.record(application(ALMATY, "2026-Q1", 4), "e1");
            record.record(application(ALMATY, "2026-Q1", 1), "e2");
            record.record(application(ALMATY, "2026-Q2", 6), "e3");
            record.record(application(ASTANA, "2026-Q1", 2), "e4");

            PipelineSummary all = pipeline.summary(NATIONWIDE, Optional.empty(), Optional.empty()).orElseThrow();
            assertThat(all.lines()).containsExactly(
                    new PipelineSummary.Line(ASTANA, "2026-Q1", 1, 2),
                    new PipelineSummary.Line(ALMATY, "2026-Q1", 2, 5),
                    new PipelineSummary.Line(ALMATY, "2026-Q2", 1, 6));
            assertThat(all.totalFamilies()).isEqualTo(4);
            assertThat(all.totalPeople()).isEqualTo(13);

            assertThat(pipeline.summary(NATIONWIDE, Optional.of(new RegionCode(ALMATY)), Optional.empty()).orElseThrow().lines())
                    .extracting(PipelineSummary.Line::regionCode).containsOnly(ALMATY);
            PipelineSummary q1 = pipeline.summary(NATIONWIDE, Optional.empty(), Optional.of("2026-Q1")).orElseThrow();
            assertThat(q1.totalFamilies()).isEqualTo(3);
            assertThat(q1.totalPeople()).isEqualTo(7);
            assertThat(pipeline.summary(NATIONWIDE, Optional.of(new RegionCode(ASTANA)), Optional.of("2026-Q2")).orElseThrow().lines()).isEmpty();
        }

        @Test
        void oneApplicationIsReadAsRecordedAndAnUnknownOneIsEmpty() {
            PendingApplication a = application(ASTANA, "2026-Q1", 2);
            record.record(a, "e1");
            assertThat(pipeline.application(NATIONWIDE, a.applicationId())).contains(a);
            assertThat(pipeline.application(NATIONWIDE, UUID.randomUUID())).isEmpty();
        }
    }

    @Nested
    class PipelineReach {

        @Test
        void D11_anAkimatReadsOnlyItsOwnRegionsPipelineAndApplications() {
            PendingApplication almaty = application(ALMATY, "2026-Q1", 3);
            PendingApplication astana = application(ASTANA, "2026-Q1", 2);
            record.record(almaty, "e1");
            record.record(astana, "e2");

            assertThat(pipeline.summary(ALMATY_AKIMAT, Optional.empty(), Optional.empty()).orElseThrow()
                    .totalPeople()).as("without a region: its own").isEqualTo(3);
            assertThat(pipeline.summary(ALMATY_AKIMAT, Optional.of(new RegionCode(ASTANA)), Optional.empty())
                    .refusalIfAny().orElseThrow().code()).isEqualTo("region.not-yours");
            assertThat(pipeline.summary(Caller.fromToken("akimat2", java.util.Set.of("akimat"), null),
                    Optional.empty(), Optional.empty()).refusalIfAny().orElseThrow().code())
                    .isEqualTo("caller.region-claim-missing");
            assertThat(pipeline.summary(NATIONWIDE, Optional.empty(), Optional.empty()).orElseThrow().totalPeople())
                    .isEqualTo(5);
            assertThat(pipeline.application(ALMATY_AKIMAT, almaty.applicationId())).contains(almaty);
            assertThat(pipeline.application(ALMATY_AKIMAT, astana.applicationId())).isEmpty();
        }
    }
}
