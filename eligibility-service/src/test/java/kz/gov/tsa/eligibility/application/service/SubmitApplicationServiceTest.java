package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationUseCase;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.FamilyMembership;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The submission use case with in-memory fakes of its ports (no Quarkus, no database). */
class SubmitApplicationServiceTest {

    final InMemoryPorts.Applications applications = new InMemoryPorts.Applications();
    final InMemoryPorts.Memberships memberships = new InMemoryPorts.Memberships();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final SubmitApplicationService service = new SubmitApplicationService(applications, applications, memberships,
            new InMemoryPorts.PersonKeys(), events, InMemoryPorts.clockAt(RECEIVED_AT), UseCaseFixtures.referenceData());

    Refusal refusalOf(Outcome<?> outcome) {
        return outcome.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + outcome));
    }

    @Test
    void ELIG10_aReceivedApplicationIsStoredHoldsItsMembersForTheQuarterAndIsAnnounced() {
        var result = service.submit(submit(motherAndSon())).orElseThrow();

        assertThat(result.replayed()).isFalse();
        assertThat(applications.byId).containsKey(result.application().id());
        assertThat(memberships.of(result.application().id())).hasSize(2).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(FamilyMembership.State.OPEN);
            assertThat(m.from()).hasToString("2024-04");
            assertThat(m.to()).hasToString("2024-06");
            assertThat(m.familyId()).isEqualTo(result.application().familyId());
        });
        assertThat(events.published).singleElement().isInstanceOf(ApplicationEvent.Received.class);
    }

    @Test
    void ELIG01_PAY04_theSameApplicantTwiceInTheQuarterIsRefusedAndNothingIsStored() {
        List<FamilyMember> family = motherAndSon();
        var first = service.submit(submit(family)).orElseThrow().application();

        Refusal refusal = refusalOf(service.submit(submit(List.of(family.getFirst()))));

        assertThat(refusal.ruleId()).isEqualTo("ELIG-01");
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("members[0].iin");
        assertThat(refusal.facts()).containsEntry("otherApplicationId", first.id().toString())
                .containsEntry("person", family.getFirst().iin().toString());
        assertThat(refusal.args().toString()).doesNotContain(family.getFirst().iin().value());
        assertThat(applications.byId).hasSize(1);
        assertThat(events.published).hasSize(1);
    }

    @Test
    void ELIG01_aChildAlreadyInAnotherFamilysOpenApplicationIsRefused() {
        List<FamilyMember> family = motherAndSon();
        service.submit(submit(family)).orElseThrow();
        var father = applicant(TestIins.man("1988-03-03"), "1988-03-03");

        Refusal refusal = refusalOf(service.submit(submit(List.of(father, family.get(1)))));

        assertThat(refusal.ruleId()).isEqualTo("ELIG-01");
        assertThat(refusal.code()).isEqualTo("application.member.in-open-application");
        assertThat(refusal.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("members[1].iin");
    }

    @Test
    void ELIG01_onceTheFirstApplicationIsReleasedByARefusalTheFamilyAppliesAgainWithTheSameFamilyId() {
        List<FamilyMember> family = motherAndSon();
        var first = service.submit(submit(family)).orElseThrow().application();
        memberships.release(first.id());

        var second = service.submit(submit(family)).orElseThrow().application();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.familyId()).isEqualTo(first.familyId()).startsWith("F-")
                .doesNotContain(family.getFirst().iin().value());
    }

    @Test
    void ELIG14_aBadFamilyIsRefusedNamingEveryFieldAndNothingIsStoredOrHeld() {
        var son = child(TestIins.man("2020-05-05"), "2020-05-05");

        Refusal refusal = refusalOf(service.submit(submit(List.of(son, son))));

        assertThat(refusal.ruleId()).isEqualTo("ELIG-14");
        assertThat(refusal.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("members", "members[1].iin");
        assertThat(applications.byId).isEmpty();
        assertThat(memberships.held).isEmpty();
        assertThat(events.published).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstResultAndWithOtherContentIsRefused() {
        List<FamilyMember> family = motherAndSon();
        SubmitApplicationUseCase.Result first = service.submit(submit(family, Optional.of("k-1"))).orElseThrow();

        var replay = service.submit(submit(family, Optional.of("k-1"))).orElseThrow();
        Refusal reused = refusalOf(service.submit(submit(List.of(family.getFirst()), Optional.of("k-1"))));

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.application().id()).isEqualTo(first.application().id());
        assertThat(reused.code()).isEqualTo("idempotency.key-reused");
        assertThat(reused.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(events.published).hasSize(1);
    }

    static kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand paperApplication(
            kz.gov.tsa.kernel.Caller caller, String receivedOn) {
        return new kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand(ALMATY, Optional.empty(),
                motherAndSon(), kz.gov.tsa.eligibility.domain.LivingConditions.NOT_RECORDED,
                kz.gov.tsa.eligibility.domain.Application.Channel.OPERATOR, caller, Optional.empty(),
                kz.gov.tsa.eligibility.domain.PaymentMode.MONTHLY,
                Optional.of(new kz.gov.tsa.eligibility.domain.Receipt.PaperReceipt(
                        java.time.LocalDate.parse(receivedOn), "received on paper during an outage")));
    }

    @Test
    void ELIG03_D81_aPaperApplicationEnteredLaterTakesTheQuarterOfItsReceiptAndIsAuditedWithTheReason() {
        // the clock says 2024-04-10 (2024-Q2); the paper was received on 2024-03-29 (2024-Q1)
        var intake = kz.gov.tsa.kernel.Caller.fromToken("intake1", java.util.Set.of("operator", "backdated-entry"),
                "750000000");
        var application = service.submit(paperApplication(intake, "2024-03-29")).orElseThrow().application();
        assertThat(application.quarter()).hasToString("2024-Q1");
        assertThat(application.receivedAt()).isEqualTo(java.time.Instant.parse("2024-03-28T19:00:00Z"));
        assertThat(memberships.of(application.id())).allSatisfy(m -> {
            assertThat(m.from()).hasToString("2024-01");
            assertThat(m.to()).hasToString("2024-03");
        });
        assertThat(applications.audit).singleElement().asString().startsWith("APPLICATION_RECEIVED").contains("from paper")
                .contains("received 2024-03-29").contains("received on paper during an outage");
    }

    @Test
    void ELIG03_D81_anOperatorWithoutTheRoleCannotBackDateAndNothingIsStored() {
        Refusal refusal = refusalOf(service.submit(paperApplication(OPERATOR, "2024-03-29")));
        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refusal.ruleId()).isEqualTo("ELIG-03");
        assertThat(applications.byId).isEmpty();
        assertThat(events.published).isEmpty();
    }

    @Test
    void ELIG03_aCommandNamingAnotherQuarterThanTheQuarterOfReceiptIsRefused() {
        var command = new kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand(ALMATY,
                kz.gov.tsa.kernel.Quarter.parse("2024-Q1"), motherAndSon(),
                kz.gov.tsa.eligibility.domain.LivingConditions.NOT_RECORDED,
                kz.gov.tsa.eligibility.domain.Application.Channel.OPERATOR, OPERATOR, Optional.empty());
        Refusal refusal = refusalOf(service.submit(command));
        assertThat(refusal.ruleId()).isEqualTo("ELIG-03");
        assertThat(refusal.fields()).extracting(Refusal.FieldRefusal::field).containsExactly("quarter");
        assertThat(applications.byId).isEmpty();
    }
}
