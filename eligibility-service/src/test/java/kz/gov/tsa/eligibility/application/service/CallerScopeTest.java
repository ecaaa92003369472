package kz.gov.tsa.eligibility.application.service;

import kz.gov.tsa.eligibility.application.port.in.DecideEligibilityUseCase;
import kz.gov.tsa.eligibility.application.port.in.RecordCommissionConclusionUseCase;
import kz.gov.tsa.eligibility.application.port.in.RevokeAssignmentUseCase;
import kz.gov.tsa.eligibility.application.port.in.SimulatePovertyLineChangeUseCase;
import kz.gov.tsa.eligibility.application.port.in.SubmitApplicationCommand;
import kz.gov.tsa.eligibility.domain.Application;
import kz.gov.tsa.eligibility.domain.EligibilityDecision;
import kz.gov.tsa.eligibility.domain.LivingConditions;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static kz.gov.tsa.eligibility.application.service.UseCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * D-11, checked inside the use cases with a {@link Caller}: one test per scoped operation. Staff reach the records of
 * their region (another region's record answers 404 like a missing one, submitting for another region 403), the
 * portal sees only what it submitted, a region claim that is no KATO region reaches nothing, and the statistics and
 * the what-if of a regional caller are narrowed to its region.
 */
class CallerScopeTest extends ApplicationWorkflowFixture {

    static final RegionCode ASTANA = new RegionCode("710000000");
    static final Caller PORTAL = Caller.fromToken("egov-portal", Set.of("portal"), null);
    static final Caller OTHER_PORTAL_CLIENT = Caller.fromToken("other-portal", Set.of("portal"), null);
    static final Caller BROKEN_CLAIM = Caller.fromToken("operator3", Set.of("operator"), "750000001");
    static final Caller ASTANA_AKIMAT = Caller.fromToken("akimat-astana", Set.of("akimat"), "710000000");

    static SubmitApplicationCommand submitAs(Caller caller) {
        return new SubmitApplicationCommand(ALMATY, Q2_2024, motherAndSon(), LivingConditions.NOT_RECORDED,
                caller.hasRole("portal") ? Application.Channel.PORTAL : Application.Channel.OPERATOR, caller,
                Optional.empty());
    }

    EligibilityDecision decided() {
        Application a = submit.submit(submitAs(OPERATOR)).orElseThrow().application();
        commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), true, null, COMMISSION)).orElseThrow();
        return decide.decide(new DecideEligibilityUseCase.Command(a.id(), OPERATOR)).orElseThrow().decision();
    }

    static Refusal.Kind kindOf(Outcome<?> outcome) {
        return outcome.refusalIfAny().orElseThrow(() -> new AssertionError("accepted: " + outcome)).kind();
    }

    @Test
    void D11_anOperatorSubmitsOnlyForItsOwnRegion() {
        Refusal refused = submit.submit(submitAs(ASTANA_OPERATOR)).refusalIfAny().orElseThrow();

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refused.facts()).containsEntry("regionCode", "750000000").containsEntry("callerRegion", "710000000");
        assertThat(applications.byId).isEmpty();
        assertThat(kindOf(submit.submit(submitAs(BROKEN_CLAIM)))).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void D11_anApplicationIsVisibleToItsRegionTheMinistryAndThePortalThatSubmittedIt() {
        Application a = submit.submit(submitAs(PORTAL)).orElseThrow().application();

        assertThat(get.byId(a.id(), OPERATOR).isRefused()).isFalse();
        assertThat(get.byId(a.id(), MINISTRY).isRefused()).isFalse();
        assertThat(get.byId(a.id(), PORTAL).isRefused()).isFalse();
        assertThat(kindOf(get.byId(a.id(), ASTANA_OPERATOR))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(kindOf(get.byId(a.id(), OTHER_PORTAL_CLIENT))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(kindOf(get.byId(a.id(), BROKEN_CLAIM))).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void D11_theCommissionAndTheDecisionOfAnotherRegionAnswer404AndChangeNothing() {
        Application a = submit.submit(submitAs(OPERATOR)).orElseThrow().application();
        Caller astanaCommission = Caller.fromToken("commission2", Set.of("commission"), "710000000");

        assertThat(kindOf(commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), true, null,
                astanaCommission)))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(applications.byId.get(a.id()).conclusion()).isEmpty();

        commission.record(new RecordCommissionConclusionUseCase.Command(a.id(), true, null, COMMISSION)).orElseThrow();
        assertThat(kindOf(decide.decide(new DecideEligibilityUseCase.Command(a.id(), ASTANA_OPERATOR))))
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(decisions.byId).isEmpty();
    }

    @Test
    void D11_aDecisionIsReadReplayedAndRevokedOnlyWithinTheCallersRegion() {
        EligibilityDecision decision = decided();

        assertThat(query.byId(decision.id(), OPERATOR).isRefused()).isFalse();
        assertThat(query.byId(decision.id(), MINISTRY).isRefused()).isFalse();
        assertThat(kindOf(query.byId(decision.id(), ASTANA_OPERATOR))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(kindOf(query.replay(decision.id(), ASTANA_OPERATOR))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(kindOf(query.byApplication(decision.applicationId(), ASTANA_OPERATOR)))
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(kindOf(revoke.revoke(new RevokeAssignmentUseCase.Command(decision.id(), "false income",
                ASTANA_OPERATOR)))).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(decisions.byId.get(decision.id()).revocation()).isEmpty();
    }

    @Test
    void D11_REF06_aRegionalCallerSeesTheStatisticsOfItsOwnRegionOnly() {
        decisions.statistics.add(new PovertyStatisticsLine("750000000", 2024, 10, 4, 30, 13));
        decisions.statistics.add(new PovertyStatisticsLine("710000000", 2024, 5, 1, 9, 2));
        var statistics = new PovertyStatisticsService(decisions);

        assertThat(statistics.belowPovertyLine(2024, Optional.empty(), ASTANA_AKIMAT).orElseThrow())
                .extracting(PovertyStatisticsLine::regionCode).containsExactly("710000000");
        assertThat(statistics.belowPovertyLine(2024, Optional.empty(), OPERATOR).orElseThrow())
                .extracting(PovertyStatisticsLine::regionCode).containsExactly("750000000");
        assertThat(kindOf(statistics.belowPovertyLine(2024, Optional.of(ALMATY), ASTANA_AKIMAT)))
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(kindOf(statistics.belowPovertyLine(2024, Optional.empty(), BROKEN_CLAIM)))
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(statistics.belowPovertyLine(2024, Optional.empty(), MINISTRY).orElseThrow()).hasSize(2);
    }

    @Test
    void D11_REF04_aRegionalCallersWhatIfCoversItsRegionOnly() {
        var simulation = new SimulatePovertyLineChangeService(decisions, referenceData);

        assertThat(kindOf(simulation.simulate(new SimulatePovertyLineChangeUseCase.Command(Optional.of(ALMATY),
                BigDecimal.valueOf(60), Q2_2024, ASTANA_AKIMAT)))).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(simulation.simulate(new SimulatePovertyLineChangeUseCase.Command(Optional.empty(),
                BigDecimal.valueOf(60), Q2_2024, ASTANA_AKIMAT)).isRefused()).isFalse();
    }
}
