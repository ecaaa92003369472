package kz.gov.tsa.contract.application.service;

import kz.gov.tsa.contract.application.port.in.AddPlanActivityUseCase;
import kz.gov.tsa.contract.application.port.in.ConfirmBreachUseCase;
import kz.gov.tsa.contract.application.port.in.DismissBreachUseCase;
import kz.gov.tsa.contract.application.port.in.ExtendContractUseCase;
import kz.gov.tsa.contract.application.port.in.OpenContractDraftUseCase;
import kz.gov.tsa.contract.application.port.in.ProposeBreachUseCase;
import kz.gov.tsa.contract.application.port.in.RecordActivityProgressUseCase;
import kz.gov.tsa.contract.application.port.in.RecordBreachUseCase;
import kz.gov.tsa.contract.application.port.in.SignContractUseCase;
import kz.gov.tsa.contract.application.port.in.TerminateForFalseInformationUseCase;
import kz.gov.tsa.contract.domain.ActivityKind;
import kz.gov.tsa.contract.domain.ActivityStatus;
import kz.gov.tsa.contract.domain.Contract;
import kz.gov.tsa.contract.domain.ContractEvent;
import kz.gov.tsa.contract.domain.ContractStatus;
import kz.gov.tsa.contract.domain.ExtensionReason;
import kz.gov.tsa.contract.domain.FamilyIds;
import kz.gov.tsa.contract.domain.PlanActivity;
import kz.gov.tsa.contract.domain.SupportDomain;
import kz.gov.tsa.contract.domain.Worklist;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The use cases of contract-service over in-memory fakes of every outbound port. */
class ContractUseCasesTest {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final RegionCode ASTANA = new RegionCode("710000000");
    static final Caller OPERATOR = new Caller("operator1", Set.of("operator"), new Caller.Reach.OneRegion(ALMATY));
    static final Caller OTHER_OPERATOR = new Caller("operator-astana", Set.of("operator"),
            new Caller.Reach.OneRegion(ASTANA));
    static final Caller AUDITOR = new Caller("auditor1", Set.of("auditor"), new Caller.Reach.Nationwide());

    final InMemoryPorts.Contracts store = new InMemoryPorts.Contracts();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();
    final Clock signingDay = InMemoryPorts.clockAt("2026-03-02T06:00:00Z");

    final String mother = TestIins.woman("1986-01-01");
    final String son = TestIins.man("2005-01-01"); // 21, a full-time student
    final String motherKey = keys.personKey(Iin.parse(mother));
    final String familyId = FamilyIds.ofApplicantKey(motherKey);

    OpenContractDraftUseCase.Command decision(UUID decisionId) {
        return new OpenContractDraftUseCase.Command(decisionId, UUID.randomUUID(), familyId, ALMATY,
                Instant.parse("2026-02-25T05:00:00Z"), List.of(
                new OpenContractDraftUseCase.Member(Iin.parse(mother), LocalDate.parse("1986-01-01"), "APPLICANT",
                        true, "NONE", false, false, List.of(), "UNEMPLOYED"),
                new OpenContractDraftUseCase.Member(Iin.parse(son), LocalDate.parse("2005-01-01"), "CHILD", true,
                        "NONE", false, true, List.of(), "STUDENT")), "event:EligibilityDecided/1");
    }

    OpenContractDraftService open() {
        return new OpenContractDraftService(store, new InMemoryPorts.Calendar(), keys, events, signingDay);
    }

    Contract draft() {
        return open().open(decision(UUID.randomUUID())).orElseThrow();
    }

    Contract signedContract() {
        Contract d = draft();
        new AddPlanActivityService(store, keys, events).add(new AddPlanActivityUseCase.Command(OPERATOR, d.id(),
                motherKey, ActivityKind.SOCIAL_JOB, SupportDomain.SOCIAL, "social job", LocalDate.parse("2026-05-01")))
                .orElseThrow();
        return new SignContractService(store, new InMemoryPorts.Terms(), keys, events, signingDay)
                .sign(new SignContractUseCase.Command(OPERATOR, d.id(), LocalDate.parse("2026-03-02"), motherKey,
                        "assistant1", "consultant1")).orElseThrow();
    }

    @Test
    void ELIG09_aConditionalDecisionDeliveredTwiceOpensOneDraft() {
        UUID decisionId = UUID.randomUUID();
        Contract first = open().open(decision(decisionId)).orElseThrow();
        Contract again = open().open(decision(decisionId)).orElseThrow();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.byId).hasSize(1);
        assertThat(events.of(ContractEvent.Drafted.class)).hasSize(1);
        assertThat(first.signingDeadline()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(first.members()).extracting(m -> m.maskedIin()).doesNotContain(mother);
        assertThat(first.member(motherKey)).isPresent();
        assertThat(store.audit).containsExactly("CONTRACT_DRAFTED by event:EligibilityDecided/1");
    }

    @Test
    void CON03_CON04_signingTakesTheDatedTermAndAnnouncesContractSigned() {
        Contract c = signedContract();
        assertThat(c.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(c.termMonths()).isEqualTo(6);
        assertThat(c.signature().recordedBy()).isEqualTo("operator1");
        assertThat(events.of(ContractEvent.Signed.class)).hasSize(1);
        assertThat(store.audit).contains("CONTRACT_SIGNED by operator1", "PLAN_ACTIVITY_ADDED by operator1");
    }

    @Test
    void anOperatorOfAnotherRegionMayNotChangeOrSeeTheContract() {
        Contract d = draft();
        var sign = new SignContractService(store, new InMemoryPorts.Terms(), keys, events, signingDay)
                .sign(new SignContractUseCase.Command(OTHER_OPERATOR, d.id(), LocalDate.parse("2026-03-02"),
                        motherKey, "a", "c"));
        assertThat(sign.refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        var get = new GetContractService(store, keys);
        assertThat(get.get(OTHER_OPERATOR, d.id()).refusalIfAny().orElseThrow().kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(get.get(AUDITOR, d.id()).isRefused()).isFalse();
        assertThat(get.get(OPERATOR, d.id()).isRefused()).isFalse();
    }

    @Test
    void thePortalReadsOnlyItsOwnFamilysContract() {
        Contract d = draft();
        var get = new GetContractService(store, keys);
        Caller citizen = new Caller("portal-session-1", Set.of("portal"), new Caller.Reach.Nowhere(null),
                Iin.parse(mother));
        Caller stranger = new Caller("portal-session-2", Set.of("portal"), new Caller.Reach.Nowhere(null),
                Iin.parse(TestIins.man("1970-01-01")));
        assertThat(get.get(citizen, d.id()).orElseThrow().id()).isEqualTo(d.id());
        assertThat(get.get(stranger, d.id()).refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(new FindFamilyContractsService(store, keys).byFamily(citizen, familyId)).hasSize(1);
        assertThat(new FindFamilyContractsService(store, keys).byFamily(stranger, familyId)).isEmpty();
    }

    @Test
    void CON03_theLapseJobLapsesAnOverdueDraftOnceHoweverOftenItRuns() {
        Contract d = draft();
        Clock dayAfter = InMemoryPorts.clockAt("2026-03-03T06:00:00Z");
        var job = new LapseOverdueContractsService(store, events, dayAfter);
        assertThat(new LapseOverdueContractsService(store, events, signingDay).lapseOverdue()).isZero();
        assertThat(job.lapseOverdue()).isEqualTo(1);
        assertThat(job.lapseOverdue()).isZero();
        assertThat(store.byId.get(d.id()).status()).isEqualTo(ContractStatus.LAPSED);
        assertThat(events.of(ContractEvent.Lapsed.class)).hasSize(1);
    }

    @Test
    void CON04_theCompletionJobCompletesAnEndedContractOnce() {
        Contract c = signedContract();
        var job = new CompleteEndedContractsService(store, events, InMemoryPorts.clockAt("2026-09-02T06:00:00Z"));
        assertThat(job.completeEnded()).isEqualTo(1);
        assertThat(job.completeEnded()).isZero();
        assertThat(store.byId.get(c.id()).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(events.of(ContractEvent.Completed.class)).hasSize(1);
    }

    @Test
    void CON07_CON08_proposedThenConfirmedBreachesSanctionThenTerminate() {
        Contract c = signedContract();
        Clock april = InMemoryPorts.clockAt("2026-04-15T06:00:00Z");
        var propose = new ProposeBreachService(store, events);
        UUID source = UUID.randomUUID();
        Contract proposed = propose.propose(new ProposeBreachUseCase.Command(motherKey, familyId,
                ProposeBreachUseCase.ProposalKind.REFERRAL_IGNORED, LocalDate.parse("2026-04-10"), source,
                "event:ReferralIgnored/" + source)).orElseThrow();
        // the same employment event again proposes nothing new
        propose.propose(new ProposeBreachUseCase.Command(motherKey, familyId,
                ProposeBreachUseCase.ProposalKind.REFERRAL_IGNORED, LocalDate.parse("2026-04-10"), source, "again"))
                .orElseThrow();
        assertThat(store.byId.get(c.id()).breaches()).hasSize(1);
        assertThat(events.of(ContractEvent.SanctionApplied.class)).isEmpty();
        assertThat(new ContractWorklistService(store, april).list(OPERATOR,
                Worklist.BREACHES_AWAITING_CONFIRMATION, Optional.empty(), Optional.empty()).orElseThrow())
                .extracting(Contract::id).containsExactly(c.id());

        UUID breachId = proposed.pendingBreaches().getFirst().id();
        new ConfirmBreachService(store, keys, events, april).confirm(new ConfirmBreachUseCase.Command(OPERATOR,
                c.id(), breachId, "no valid reason")).orElseThrow();
        var sanction = events.of(ContractEvent.SanctionApplied.class).getFirst().sanction();
        assertThat(sanction.month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(sanction.affected()).containsExactly(motherKey);

        Contract terminated = new RecordBreachService(store, keys, events, april).record(
                new RecordBreachUseCase.Command(OPERATOR, c.id(), motherKey, "left the social job",
                        LocalDate.parse("2026-04-14"), "employer's letter")).orElseThrow();
        assertThat(terminated.status()).isEqualTo(ContractStatus.TERMINATED);
        var t = events.of(ContractEvent.Terminated.class).getFirst().termination();
        assertThat(t.stopped()).containsExactly(motherKey);
        assertThat(t.continuing()).hasSize(1);

        var after = new RecordBreachService(store, keys, events, april).record(new RecordBreachUseCase.Command(
                OPERATOR, c.id(), null, "again", LocalDate.parse("2026-04-15"), ""));
        assertThat(after.refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(after.refusalIfAny().orElseThrow().ruleId()).isEqualTo("CON-08");
    }

    @Test
    void CON06_aProposalWithoutAFamilyFindsTheContractByTheMembersPersonKey() {
        Contract c = signedContract();
        var propose = new ProposeBreachService(store, events);
        Contract proposed = propose.propose(new ProposeBreachUseCase.Command(motherKey, null,
                ProposeBreachUseCase.ProposalKind.CHECK_IN_MISSED, LocalDate.parse("2026-04-10"), UUID.randomUUID(),
                "event:CheckInMissed/1")).orElseThrow();
        assertThat(proposed.id()).isEqualTo(c.id());
        assertThat(proposed.pendingBreaches()).hasSize(1);
        var stranger = propose.propose(new ProposeBreachUseCase.Command("cd".repeat(32), null,
                ProposeBreachUseCase.ProposalKind.CHECK_IN_MISSED, LocalDate.parse("2026-04-10"), UUID.randomUUID(),
                "event:CheckInMissed/2"));
        assertThat(stranger.refusalIfAny().orElseThrow().ruleId()).isEqualTo("CON-06");
    }

    @Test
    void aDismissedProposalChangesNothingAndAProposalNeedsARunningContract() {
        var none = new ProposeBreachService(store, events).propose(new ProposeBreachUseCase.Command(motherKey,
                "F-nobody", ProposeBreachUseCase.ProposalKind.CHECK_IN_MISSED, LocalDate.parse("2026-04-10"),
                UUID.randomUUID(), "e"));
        assertThat(none.refusalIfAny().orElseThrow().ruleId()).isEqualTo("CON-06");
        Contract c = signedContract();
        Contract proposed = new ProposeBreachService(store, events).propose(new ProposeBreachUseCase.Command(
                motherKey, familyId, ProposeBreachUseCase.ProposalKind.MEASURE_QUIT, LocalDate.parse("2026-04-10"),
                UUID.randomUUID(), "e")).orElseThrow();
        Contract dismissed = new DismissBreachService(store, keys, events, signingDay).dismiss(
                new DismissBreachUseCase.Command(OPERATOR, c.id(), proposed.breaches().getFirst().id(),
                        "sick leave shown")).orElseThrow();
        assertThat(dismissed.sanction()).isNull();
        assertThat(dismissed.pendingBreaches()).isEmpty();
        assertThat(events.of(ContractEvent.SanctionApplied.class)).isEmpty();
    }

    @Test
    void CON05_aSecondExtensionIsAConflict() {
        Contract c = signedContract();
        var extend = new ExtendContractService(store, keys, events, InMemoryPorts.clockAt("2026-08-20T06:00:00Z"));
        var command = new ExtendContractUseCase.Command(OPERATOR, c.id(), 3, ExtensionReason.SOCIAL_JOB_NOT_FINISHED,
                "district employment commission No. 14", LocalDate.parse("2026-08-18"));
        assertThat(extend.extend(command).orElseThrow().termEnd()).isEqualTo(LocalDate.parse("2026-12-01"));
        var again = extend.extend(command);
        assertThat(again.refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(again.refusalIfAny().orElseThrow().ruleId()).isEqualTo("CON-05");
        assertThat(events.of(ContractEvent.Extended.class)).hasSize(1);
    }

    @Test
    void CON09_anExemptMemberInAnEmploymentMeasureIsRefusedNamingTheMember() {
        Contract d = draft();
        String sonKey = keys.personKey(Iin.parse(son));
        var r = new AddPlanActivityService(store, keys, events).add(new AddPlanActivityUseCase.Command(OPERATOR,
                d.id(), sonKey, ActivityKind.PUBLIC_WORKS, SupportDomain.SOCIAL, "", LocalDate.parse("2026-05-01")));
        Refusal refusal = r.refusalIfAny().orElseThrow();
        assertThat(refusal.ruleId()).isEqualTo("CON-09");
        assertThat(refusal.facts().get("member")).isEqualTo(Iin.mask(son));
        assertThat(store.byId.get(d.id()).plan()).isEmpty();
    }

    @Test
    void CON06_falseInformationTerminatesTheContractOfTheRevokedDecision() {
        Contract c = signedContract();
        var terminate = new TerminateForFalseInformationService(store, events, signingDay);
        Contract t = terminate.terminate(new TerminateForFalseInformationUseCase.Command(c.decisionId(),
                "undeclared wages", Instant.parse("2026-04-01T05:00:00Z"), "event:AssignmentRevoked/1")).orElseThrow();
        assertThat(t.status()).isEqualTo(ContractStatus.TERMINATED);
        assertThat(t.termination().ruleId()).isEqualTo("CON-06");
        assertThat(terminate.terminate(new TerminateForFalseInformationUseCase.Command(UUID.randomUUID(), "x",
                Instant.now(), "e")).refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void theWorklistsKeepToTheOperatorsRegion() {
        Contract d = draft();
        var worklist = new ContractWorklistService(store, signingDay);
        assertThat(worklist.list(OPERATOR, Worklist.TO_SIGN_TODAY, Optional.empty(), Optional.empty()).orElseThrow())
                .extracting(Contract::id).containsExactly(d.id());
        assertThat(worklist.list(OTHER_OPERATOR, Worklist.TO_SIGN_TODAY, Optional.empty(), Optional.empty())
                .orElseThrow()).isEmpty();
        assertThat(worklist.list(OTHER_OPERATOR, Worklist.TO_SIGN_TODAY, Optional.empty(), Optional.of(ALMATY))
                .refusalIfAny().orElseThrow().kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(new ContractWorklistService(store, InMemoryPorts.clockAt("2026-03-03T06:00:00Z")).list(AUDITOR,
                Worklist.OVERDUE, Optional.empty(), Optional.empty()).orElseThrow()).hasSize(1);
    }

    /** RecordActivityProgressService (CON-02): an operator of the contract's region records an activity's progress. */
    @Nested
    class RecordActivityProgress {

        final RecordActivityProgressService progress = new RecordActivityProgressService(store, keys, events);

        Contract draftWithActivity() {
            Contract d = draft();
            return new AddPlanActivityService(store, keys, events).add(new AddPlanActivityUseCase.Command(OPERATOR,
                    d.id(), motherKey, ActivityKind.SOCIAL_JOB, SupportDomain.SOCIAL, "social job",
                    LocalDate.parse("2026-05-01"))).orElseThrow();
        }

        RecordActivityProgressUseCase.Command command(Caller caller, Contract c, UUID activityId,
                                                      ActivityStatus status) {
            return new RecordActivityProgressUseCase.Command(caller, c.id(), activityId, status);
        }

        @Test
        void CON02_theProgressIsStoredOnThatActivityAuditedWithTheOperatorAndAnnouncesNothing() {
            Contract c = signedContract();
            UUID activity = c.plan().getFirst().id();
            int eventsBefore = events.published.size();

            Contract after = progress.record(command(OPERATOR, c, activity, ActivityStatus.IN_PROGRESS)).orElseThrow();

            assertThat(after.plan()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo(activity);
                assertThat(a.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
                assertThat(a.personKey()).isEqualTo(motherKey);
                assertThat(a.kind()).isEqualTo(ActivityKind.SOCIAL_JOB);
            });
            assertThat(after.status()).isEqualTo(ContractStatus.SIGNED);
            assertThat(after.version()).isEqualTo(c.version() + 1);
            assertThat(store.byId.get(c.id())).isEqualTo(after);
            assertThat(store.audit.getLast()).isEqualTo("PLAN_ACTIVITY_PROGRESS by operator1");
            assertThat(events.published).hasSize(eventsBefore);

            Contract done = progress.record(command(OPERATOR, after, activity, ActivityStatus.DONE)).orElseThrow();
            assertThat(done.plan()).extracting(PlanActivity::status).containsExactly(ActivityStatus.DONE);
        }

        @Test
        void CON02_onlyTheNamedActivityChanges() {
            Contract d = draftWithActivity();
            Contract two = new AddPlanActivityService(store, keys, events).add(new AddPlanActivityUseCase.Command(
                    OPERATOR, d.id(), motherKey, ActivityKind.SCREENING_EXAMINATION, SupportDomain.HEALTH, "check-up",
                    LocalDate.parse("2026-06-01"))).orElseThrow();
            UUID second = two.plan().get(1).id();

            Contract after = progress.record(command(OPERATOR, two, second, ActivityStatus.NOT_DONE)).orElseThrow();

            assertThat(after.plan()).extracting(PlanActivity::id, PlanActivity::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(two.plan().getFirst().id(), ActivityStatus.PLANNED),
                    org.assertj.core.groups.Tuple.tuple(second, ActivityStatus.NOT_DONE));
        }

        @Test
        void CON02_theProgressOfAClosedContractsPlanIsAConflictAndChangesNothing() {
            Contract d = draftWithActivity();
            new LapseOverdueContractsService(store, events, InMemoryPorts.clockAt("2026-03-03T06:00:00Z"))
                    .lapseOverdue();
            Contract lapsed = store.byId.get(d.id());
            assertThat(lapsed.status()).isEqualTo(ContractStatus.LAPSED);
            int audited = store.audit.size();

            Refusal refusal = progress.record(command(OPERATOR, lapsed, lapsed.plan().getFirst().id(),
                    ActivityStatus.DONE)).refusalIfAny().orElseThrow();

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal.ruleId()).isEqualTo("CON-02");
            assertThat(refusal.code()).isEqualTo("plan.contract-closed");
            assertThat(refusal.facts()).containsEntry("status", "LAPSED");
            assertThat(store.byId.get(d.id())).isEqualTo(lapsed);
            assertThat(store.audit).hasSize(audited);
        }

        @Test
        void anActivityNotInThePlanIsNotFoundAndChangesNothing() {
            Contract d = draftWithActivity();
            int audited = store.audit.size();

            Refusal refusal = progress.record(command(OPERATOR, d, UUID.randomUUID(), ActivityStatus.DONE))
                    .refusalIfAny().orElseThrow();

            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo("plan.activity-not-found");
            assertThat(store.byId.get(d.id())).isEqualTo(d);
            assertThat(store.audit).hasSize(audited);
        }

        @Test
        void D31_anotherRegionsOperatorIsRefusedAnAuditorOrAnUnknownContractIsNotFound() {
            Contract d = draftWithActivity();
            UUID activity = d.plan().getFirst().id();
            int audited = store.audit.size();

            Refusal other = progress.record(command(OTHER_OPERATOR, d, activity, ActivityStatus.DONE))
                    .refusalIfAny().orElseThrow();
            assertThat(other.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(other.facts()).containsEntry("regionCode", ALMATY.value());

            assertThat(progress.record(command(AUDITOR, d, activity, ActivityStatus.DONE)).refusalIfAny())
                    .map(Refusal::kind).contains(Refusal.Kind.NOT_FOUND);
            assertThat(progress.record(new RecordActivityProgressUseCase.Command(OPERATOR, UUID.randomUUID(), activity,
                    ActivityStatus.DONE)).refusalIfAny()).map(Refusal::code).contains("contract.not-found");
            assertThat(store.byId.get(d.id()).plan()).extracting(PlanActivity::status)
                    .containsExactly(ActivityStatus.PLANNED);
            assertThat(store.audit).hasSize(audited);

            Caller admin = new Caller("admin1", Set.of("admin"), new Caller.Reach.Nationwide());
            assertThat(progress.record(command(admin, d, activity, ActivityStatus.IN_PROGRESS)).orElseThrow().plan())
                    .extracting(PlanActivity::status).containsExactly(ActivityStatus.IN_PROGRESS);
            assertThat(store.audit.getLast()).isEqualTo("PLAN_ACTIVITY_PROGRESS by admin1");
        }
    }
}
