package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.eligibility.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.eligibility.application.port.out.MissingReferenceDataException;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.FamilyMembership;
import kz.gov.tsa.eligibility.domain.MonthlyIncome;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.eligibility.domain.decision.Decision;
import kz.gov.tsa.eligibility.domain.reference.ReferenceParameter;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commission, decision, revocation and query use cases with in-memory fakes of their ports: the template for
 * the next services' use-case tests.
 */
class DecideEligibilityServiceTest extends ApplicationWorkflowFixture {


    Application received(List<kz.gov.tsa.eligibility.domain.FamilyMember> family) {
        return submit.submit(submit(family)).orElseThrow().application();
    }

    Outcome<RecordCommissionConclusionUseCase.Result> conclude(Application a, boolean confirmed, String notes) {
        return commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), confirmed, notes, COMMISSION));
    }

    Outcome<DecideEligibilityUseCase.Result> decideOn(UUID applicationId) {
        return decide.decide(new DecideEligibilityUseCase.Command(applicationId, OPERATOR));
    }

    static Refusal refusalOf(Outcome<?> outcome) {
        return outcome.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + outcome));
    }

    @Test
    void ELIG10_theCommissionConcludesOnceTheSameFindingsReplayAndOtherFindingsAreRefused() {
        Application a = received(motherAndSon());

        assertThat(conclude(a, true, "inspected").orElseThrow().replayed()).isFalse();
        assertThat(conclude(a, true, "inspected").orElseThrow().replayed()).isTrue();
        Refusal other = refusalOf(conclude(a, false, "inspected again"));

        assertThat(other.ruleId()).isEqualTo("ELIG-10");
        assertThat(other.code()).isEqualTo("commission.already-concluded");
        assertThat(refusalOf(commission.record(new RecordCommissionConclusionUseCase.Command(UUID.randomUUID(), true,
                null, COMMISSION))).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void ELIG10_noDecisionBeforeTheCommissionsConclusionAndNoneForAnUnknownApplication() {
        Application a = received(motherAndSon());

        Refusal early = refusalOf(decideOn(a.id()));

        assertThat(early.ruleId()).isEqualTo("ELIG-10");
        assertThat(early.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusalOf(decideOn(UUID.randomUUID())).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(decisions.byId).isEmpty();
    }

    @Test
    void ELIG07_ELIG12_anAssignmentHoldsTheFamilyForItsMonthsIsAnnouncedAndDecidingAgainReplaysIt() {
        Application a = received(motherAndSon());
        conclude(a, true, "inspected").orElseThrow();

        var result = decideOn(a.id()).orElseThrow();

        assertThat(result.decision().outcome()).isInstanceOf(Decision.Unconditional.class);
        assertThat(((Decision.Assignment) result.decision().outcome()).monthlyAmount()).isEqualTo(Tenge.of("60769.80"));
        assertThat(memberships.of(a.id())).hasSize(2).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(FamilyMembership.State.ASSIGNED);
            assertThat(m.from()).isEqualTo(YearMonth.of(2024, 4));
            assertThat(m.to()).isEqualTo(YearMonth.of(2024, 6));
        });
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.DECIDED);
        assertThat(events.published).last().isInstanceOf(ApplicationEvent.Decided.class);
        assertThat(result.decision().memberFacts()).extracting(EligibilityDecision.MemberFacts::ableBodied)
                .containsExactly(true, false);

        var again = decideOn(a.id()).orElseThrow();
        assertThat(again.replayed()).isTrue();
        assertThat(again.decision().id()).isEqualTo(result.decision().id());
        assertThat(query.byApplication(a.id(), OPERATOR).orElseThrow()).isEqualTo(result.decision());
        assertThat(query.replay(result.decision().id(), OPERATOR).orElseThrow().identical()).isTrue();
    }

    @Test
    void ELIG03_aRefusalReleasesTheFamilySoThatItMayApplyAgain() {
        var earner = new kz.gov.tsa.eligibility.domain.FamilyMember(
                kz.gov.tsa.kernel.Iin.parse(TestIins.man("1988-03-03")),
                java.time.LocalDate.parse("1988-03-03"), kz.gov.tsa.eligibility.domain.FamilyMember.Relation.APPLICANT,
                kz.gov.tsa.eligibility.domain.ResidencyStatus.CITIZEN, kz.gov.tsa.eligibility.domain.Disability.NONE,
                false, false, java.util.Set.of(), kz.gov.tsa.eligibility.domain.EmploymentStatus.EMPLOYED,
                List.of(new MonthlyIncome(YearMonth.of(2024, 2), MonthlyIncome.IncomeKind.WAGES, Tenge.of("400000.00"))));
        Application a = received(List.of(earner));
        conclude(a, true, "inspected").orElseThrow();

        var decided = decideOn(a.id()).orElseThrow().decision();

        assertThat(decided.outcome()).isInstanceOf(Decision.Refused.class);
        assertThat(memberships.of(a.id())).isEmpty();
        assertThat(memberships.released).contains(a.id());
        assertThat(submit.submit(submit(List.of(earner))).isRefused()).isFalse();
    }

    @Test
    void REF05_aMissingPovertyLineIsARefusalNamingTheParameterNeverADefault() {
        referenceData.versions.removeIf(v -> v.parameter() == ReferenceParameter.POVERTY_LINE);
        Application a = received(motherAndSon());
        conclude(a, true, "inspected").orElseThrow();

        assertThatThrownBy(() -> decideOn(a.id())).isInstanceOfSatisfying(MissingReferenceDataException.class, e -> {
            assertThat(e.refusal().kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
            assertThat(e.parameter()).isEqualTo("POVERTY_LINE_METHOD");
        });
        assertThat(decisions.byId).isEmpty();
    }

    @Test
    void CON06_anAssignmentIsRevokedOnceReleasingTheFamilyAndARefusalCannotBeRevoked() {
        Application a = received(motherAndSon());
        conclude(a, true, "inspected").orElseThrow();
        EligibilityDecision decision = decideOn(a.id()).orElseThrow().decision();
        var command = new RevokeAssignmentUseCase.Command(decision.id(), "false income statement", OPERATOR);

        EligibilityDecision revoked = revoke.revoke(command).orElseThrow();

        assertThat(revoked.revocation()).isPresent();
        assertThat(memberships.of(a.id())).isEmpty();
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.REVOKED);
        assertThat(events.published).last().isInstanceOf(ApplicationEvent.Revoked.class);
        Refusal twice = refusalOf(revoke.revoke(command));
        assertThat(twice.ruleId()).isEqualTo("CON-06");
        assertThat(twice.code()).isEqualTo("revocation.already-revoked");
        assertThat(refusalOf(revoke.revoke(new RevokeAssignmentUseCase.Command(UUID.randomUUID(), "x", OPERATOR)))
                .kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void ELIG13_ELIG12_aLumpSumIsHonouredForAConditionalAssignmentOnlyAnUnconditionalOneIsPaidMonthly() {
        var father = new kz.gov.tsa.eligibility.domain.FamilyMember(kz.gov.tsa.kernel.Iin.parse(TestIins.man("1988-03-03")),
                java.time.LocalDate.parse("1988-03-03"), kz.gov.tsa.eligibility.domain.FamilyMember.Relation.APPLICANT,
                kz.gov.tsa.eligibility.domain.ResidencyStatus.CITIZEN, kz.gov.tsa.eligibility.domain.Disability.NONE,
                false, false, java.util.Set.of(), kz.gov.tsa.eligibility.domain.EmploymentStatus.UNEMPLOYED, List.of());
        var lumpSum = kz.gov.tsa.eligibility.domain.PaymentMode.LUMP_SUM_3_MONTHS;
        Application conditional = submit.submit(new kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand(
                ALMATY, Q2_2024, List.of(father, child(TestIins.man("2020-05-05"), "2020-05-05")),
                kz.gov.tsa.eligibility.domain.LivingConditions.NOT_RECORDED, Application.Channel.OPERATOR, OPERATOR,
                java.util.Optional.empty(), lumpSum)).orElseThrow().application();
        Application unconditional = submit.submit(new kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand(
                ALMATY, Q2_2024, motherAndSon(), kz.gov.tsa.eligibility.domain.LivingConditions.NOT_RECORDED,
                Application.Channel.OPERATOR, OPERATOR, java.util.Optional.empty(), lumpSum)).orElseThrow().application();
        conclude(conditional, true, "inspected").orElseThrow();
        conclude(unconditional, true, "inspected").orElseThrow();

        EligibilityDecision c = decideOn(conditional.id()).orElseThrow().decision();
        EligibilityDecision u = decideOn(unconditional.id()).orElseThrow().decision();

        assertThat(c.outcome()).isInstanceOf(Decision.Conditional.class);
        assertThat(c.paymentMode()).isEqualTo(lumpSum);
        assertThat(u.outcome()).isInstanceOf(Decision.Unconditional.class);
        assertThat(u.paymentMode()).isEqualTo(kz.gov.tsa.eligibility.domain.PaymentMode.MONTHLY);
        assertThat(query.replay(c.id(), OPERATOR).orElseThrow().stored().paymentMode()).isEqualTo(lumpSum);
    }
}
