package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.application.port.in.WithdrawApplicationUseCase;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.ApplicationEvent;
import kz.gov.tsa.eligibility.domain.FamilyMember;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-97 (ELIG-01): withdrawal of an application before its decision, with in-memory fakes of the ports — its members
 * are released so that they may be named in another application, {@code ApplicationWithdrawn} is announced, nothing
 * is decided on it; a decided application is refused; the portal withdraws only its citizen's own application.
 */
class WithdrawApplicationServiceTest extends ApplicationWorkflowFixture {

    final WithdrawApplicationService withdraw = new WithdrawApplicationService(applications, applications,
            memberships, events, clock);

    Application received(List<FamilyMember> family) {
        return submit.submit(submit(family)).orElseThrow().application();
    }

    Outcome<WithdrawApplicationUseCase.Result> withdrawal(UUID id, Caller caller) {
        return withdraw.withdraw(new WithdrawApplicationUseCase.Command(id, "the family moved to another region", caller));
    }

    static Refusal refusalOf(Outcome<?> outcome) {
        return outcome.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + outcome));
    }

    @Test
    void ELIG01_aWithdrawnApplicationReleasesItsMembersSoThatTheyMayBeNamedInAnotherApplication() {
        List<FamilyMember> family = motherAndSon();
        Application a = received(family);
        assertThat(submit.submit(submit(family)).isRefused()).as("held while open").isTrue();

        var result = withdrawal(a.id(), OPERATOR).orElseThrow();

        assertThat(result.replayed()).isFalse();
        assertThat(result.application().status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(memberships.of(a.id())).isEmpty();
        assertThat(memberships.released).containsExactly(a.id());
        assertThat(events.published).last().isInstanceOfSatisfying(ApplicationEvent.Withdrawn.class, w -> {
            assertThat(w.applicationId()).isEqualTo(a.id());
            assertThat(w.familyId()).isEqualTo(a.familyId());
            assertThat(w.reason()).isEqualTo("the family moved to another region");
            assertThat(w.withdrawnBy()).isEqualTo("operator1");
            assertThat(w.ruleIds()).containsExactly("ELIG-01");
        });
        assertThat(submit.submit(submit(family)).isRefused()).as("free again").isFalse();
    }

    @Test
    void ELIG01_withdrawingAgainChangesNothingAndAnnouncesNothing() {
        Application a = received(motherAndSon());
        withdrawal(a.id(), OPERATOR).orElseThrow();
        int announced = events.published.size();

        var again = withdrawal(a.id(), OPERATOR).orElseThrow();

        assertThat(again.replayed()).isTrue();
        assertThat(again.application().status()).isEqualTo(Application.Status.WITHDRAWN);
        assertThat(events.published).hasSize(announced);
        assertThat(memberships.released).containsExactly(a.id());
    }

    @Test
    void ELIG01_anApplicationAwaitingItsDecisionMayBeWithdrawnAndIsThenNeitherConcludedNorDecided() {
        Application a = received(motherAndSon());
        commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), true, "inspected", COMMISSION))
                .orElseThrow();

        withdrawal(a.id(), OPERATOR).orElseThrow();

        Refusal decision = refusalOf(decide.decide(new DecideEligibilityUseCase.Command(a.id(), OPERATOR)));
        assertThat(decision.ruleId()).isEqualTo("ELIG-10");
        assertThat(decision.code()).isEqualTo("application.withdrawn");
        assertThat(decision.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(decisions.byId).isEmpty();
        Application other = received(List.of(mother(TestIins.woman("1990-01-01"))));
        withdrawal(other.id(), OPERATOR).orElseThrow();
        Refusal conclusion = refusalOf(commission.record(new RecordCommissionConclusionUseCase.Command(other.id(), true,
                "inspected", COMMISSION)));
        assertThat(conclusion.code()).isEqualTo("application.withdrawn");
    }

    @Test
    void ELIG01_aDecidedApplicationCannotBeWithdrawn() {
        Application a = received(motherAndSon());
        commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), true, "inspected", COMMISSION))
                .orElseThrow();
        decide.decide(new DecideEligibilityUseCase.Command(a.id(), OPERATOR)).orElseThrow();
        int announced = events.published.size();

        Refusal refused = refusalOf(withdrawal(a.id(), OPERATOR));

        assertThat(refused.ruleId()).isEqualTo("ELIG-01");
        assertThat(refused.code()).isEqualTo("application.withdrawal.decided");
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.DECIDED);
        assertThat(memberships.of(a.id())).isNotEmpty();
        assertThat(events.published).hasSize(announced);
    }

    @Test
    void D11_anOperatorOfAnotherRegionDoesNotSeeTheApplicationAndAnUnknownOneIsNotFound() {
        Application a = received(motherAndSon());

        assertThat(refusalOf(withdrawal(a.id(), ASTANA_OPERATOR)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusalOf(withdrawal(UUID.randomUUID(), OPERATOR)).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.AWAITING_COMMISSION);
        assertThat(memberships.released).isEmpty();
    }

    @Test
    void D97_onThePortalOnlyTheApplicantWithdrawsHerApplication() {
        FamilyMember mother = mother(TestIins.woman("1990-01-01"));
        Caller herPortal = Caller.fromToken("portal", Set.of("portal"), null).withCitizen(mother.iin());
        Caller someoneElse = Caller.fromToken("portal", Set.of("portal"), null)
                .withCitizen(Iin.parse(TestIins.man("1985-04-04")));
        Application a = submit.submit(new SubmitApplicationCommand(ALMATY, Q2_2024, List.of(mother),
                LivingConditions.NOT_RECORDED, Application.Channel.PORTAL, herPortal, Optional.empty()))
                .orElseThrow().application();

        Refusal forbidden = refusalOf(withdrawal(a.id(), someoneElse));
        assertThat(forbidden.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(forbidden.code()).isEqualTo("application.withdrawal.not-applicant");
        assertThat(applications.byId.get(a.id()).status()).isEqualTo(Application.Status.AWAITING_COMMISSION);

        assertThat(withdrawal(a.id(), herPortal).orElseThrow().application().status())
                .isEqualTo(Application.Status.WITHDRAWN);
    }
}
