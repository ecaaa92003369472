package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.DecideUnemployedUseCase;
import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.PublicWorksQueueQuery;
import kz.gov.tsa.employment.application.port.in.QuitMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.RecordCheckInUseCase;
import kz.gov.tsa.employment.application.port.in.RecordOfferUseCase;
import kz.gov.tsa.employment.application.port.in.RecordReferralOutcomeUseCase;
import kz.gov.tsa.employment.application.port.in.ReferUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.application.port.in.StartMeasureUseCase;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.Documents;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.LabourMobility;
import kz.gov.tsa.employment.domain.MeasureFacts;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Offer;
import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.employment.domain.RegistrationStatus;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Tenge;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The use cases over in-memory fakes of their ports (no Quarkus). */
class EmploymentUseCasesTest {

    static final RegionCode ALMATY = new RegionCode("750000000");
    static final RegionCode PAVLODAR = new RegionCode("550000000");
    static final Documents DOCS = new Documents(true, false, true);

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Refusals refusals = new InMemoryPorts.Refusals();
    final InMemoryPorts.Calendar calendar = new InMemoryPorts.Calendar();
    final InMemoryPorts.Parameters parameters = new InMemoryPorts.Parameters();
    final InMemoryPorts.Reference reference = new InMemoryPorts.Reference();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();
    final InMemoryPorts.Families families = new InMemoryPorts.Families();

    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, families, calendar, parameters,
            events, refusals, clock);
    final DeregisterService deregister = new DeregisterService(store, keys, events, parameters, clock);
    final RecordCheckInService checkIn = new RecordCheckInService(store, keys, events, calendar, parameters, clock);
    final DetectMissedCheckInsService missedJob = new DetectMissedCheckInsService(store, events, clock);
    final ReferService refer = new ReferService(store, keys, events, calendar, parameters, clock);
    final RecordReferralOutcomeService outcome = new RecordReferralOutcomeService(store, keys, events, parameters, clock);
    final IgnoreOverdueReferralsService ignoredJob = new IgnoreOverdueReferralsService(store, events, clock);
    final DecideUnemployedService unemployed = new DecideUnemployedService(store, keys, events, calendar, parameters,
            reference, refusals, clock);
    final OfferQueueService queue = new OfferQueueService(store, calendar, clock);
    final RecordOfferService offer = new RecordOfferService(store, keys, events);
    final StartMeasureService startMeasure = new StartMeasureService(store, keys, events, parameters, reference, clock);
    final QuitMeasureService quitMeasure = new QuitMeasureService(store, keys, events, clock);
    final LabourMobilitySubsidyService subsidy = new LabourMobilitySubsidyService(reference, parameters, clock);
    final GetRegistrationService get = new GetRegistrationService(store, keys);

    final String iin = TestIins.woman("1990-05-05");

    static Caller operator(RegionCode region) {
        return new Caller("operator-" + region.value(), Set.of("operator"), new Caller.Reach.OneRegion(region));
    }

    static Caller akimat(RegionCode region) {
        return new Caller("akimat-" + region.value(), Set.of("akimat"), new Caller.Reach.OneRegion(region));
    }

    /** The portal signed in as the citizen {@code iin}: a Keycloak user id as subject, the IIN as claim (D-19). */
    static Caller portal(String iin) {
        return new Caller("portal-user-" + iin.substring(6), Set.of("portal"), new Caller.Reach.Nationwide())
                .withCitizen(kz.gov.tsa.kernel.Iin.parse(iin));
    }

    static Refusal refusal(Outcome<?> o) {
        return o.refusalIfAny().orElseThrow(() -> new AssertionError("expected a refusal, got " + o));
    }

    Outcome<Registration> registerAt(Caller caller, String iin, RegionCode region, boolean rural) {
        return register.register(new RegisterJobSeekerUseCase.Command(caller, Iin.parse(iin), region, rural, DOCS,
                null, null));
    }

    Registration registered(boolean rural) {
        return registerAt(operator(ALMATY), iin, ALMATY, rural).orElseThrow();
    }

    @Test
    void EMP02_anOperatorRegistersInItsRegionAndTheEventCarriesTheFamilyFromTheDecisions() {
        families.remember(keys.personKey(Iin.parse(iin)), "F-0123456789abcdef0123456789abcdef", clock.instant());
        Registration r = registered(false);
        assertThat(r.channel().name()).isEqualTo("OPERATOR");
        assertThat(r.familyId()).isEqualTo("F-0123456789abcdef0123456789abcdef");
        assertThat(r.maskedIin()).isEqualTo(Iin.mask(iin));
        assertThat(store.iins).containsValue(iin);
        assertThat(events.of(EmploymentEvent.JobSeekerRegistered.class)).hasSize(1);
        assertThat(store.audit).containsExactly("JOB_SEEKER_REGISTERED by operator-750000000");
        assertThat(refusal(registerAt(operator(PAVLODAR), TestIins.man("1991-01-01"), ALMATY, false)).code())
                .isEqualTo("region.not-yours");
    }

    @Test
    void EMP02_thePortalRegistersOnlyTheCitizenThemself() {
        Registration own = registerAt(portal(iin), iin, ALMATY, false).orElseThrow();
        assertThat(own.channel().name()).isEqualTo("PORTAL");
        String other = TestIins.man("1985-01-01");
        assertThat(refusal(registerAt(portal(iin), other, ALMATY, false)).code()).isEqualTo("registration.portal-own-only");
        assertThat(get.get(portal(iin), own.id()).isRefused()).isFalse();
        assertThat(refusal(get.get(portal(other), own.id())).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(get.get(operator(PAVLODAR), own.id())).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void EMP09_reRegistrationInsideTheBanIsRefusedWithTheFirstAllowedDay() {
        Registration r = registered(false); // check-in due 2026-03-05
        clock.set("2026-03-06");
        deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, null, null, "no check-in")).orElseThrow();
        assertThat(events.of(EmploymentEvent.Deregistered.class)).singleElement().satisfies(e ->
                assertThat(e.registration().deregistration().firstReRegistrationOn()).isEqualTo("2026-04-06"));
        clock.set("2026-04-05");
        Refusal banned = refusal(registerAt(operator(ALMATY), iin, ALMATY, false));
        assertThat(banned.ruleId()).isEqualTo("EMP-09");
        assertThat(banned.facts()).containsEntry("firstAllowedOn", "2026-04-06");
        clock.set("2026-04-06");
        assertThat(registerAt(operator(ALMATY), iin, ALMATY, false).isRefused()).isFalse();
    }

    @Test
    void EMP03_theQueueShowsJobSeekersWithoutAnOfferNearestDeadlineFirst() {
        Registration first = registered(false);
        clock.set("2026-03-05");
        Registration second = registerAt(operator(ALMATY), TestIins.man("1988-02-02"), ALMATY, false).orElseThrow();
        clock.set("2026-03-16");
        var entries = queue.queue(operator(ALMATY), Optional.empty()).orElseThrow();
        assertThat(entries).extracting(e -> e.registration().id()).containsExactly(first.id(), second.id());
        assertThat(entries.get(0).workingDaysLeft()).isEqualTo(1); // deadline Tue 17 March
        offer.record(new RecordOfferUseCase.Command(operator(ALMATY), first.id(),
                new Offer(Offer.Kind.VOCATIONAL_ORIENTATION, LocalDate.parse("2026-03-16"), "PRG-09 consultation")))
                .orElseThrow();
        assertThat(queue.queue(operator(ALMATY), Optional.empty()).orElseThrow()).extracting(e -> e.registration().id())
                .containsExactly(second.id());
        assertThat(refusal(queue.queue(operator(ALMATY), Optional.of(PAVLODAR))).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void EMP05_EMP06_theDecisionNeedsThePublishedRetirementAgeOfTheDay() {
        Registration r = registered(false);
        clock.set("2026-03-18");
        var noAge = unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), r.id(), null, false, false, false));
        assertThat(refusal(noAge).code()).isEqualTo("ref.retirement-age-unknown");
        assertThat(refusal(noAge).facts()).containsEntry("date", "2026-03-18");
        reference.with("RETIREMENT_AGE.FEMALE", "2023-01-01", null, "61.0");
        Registration u = unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), r.id(), null, false,
                false, false)).orElseThrow();
        assertThat(u.status()).isEqualTo(RegistrationStatus.UNEMPLOYED);
        assertThat(u.unemployedDecision().notificationOn()).isEqualTo("2026-03-28");
        assertThat(events.of(EmploymentEvent.UnemployedRegistered.class)).hasSize(1);
    }

    @Test
    void EMP07_theAkimatRecordsRuralCheckInsOfItsRegionOnly() {
        Registration rural = registered(true);
        assertThat(checkIn.checkIn(new RecordCheckInUseCase.Command(akimat(ALMATY), rural.id(), null)).isRefused())
                .isFalse();
        assertThat(refusal(checkIn.checkIn(new RecordCheckInUseCase.Command(akimat(PAVLODAR), rural.id(), null))).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
        Registration urban = registerAt(operator(ALMATY), TestIins.man("1987-07-07"), ALMATY, false).orElseThrow();
        assertThat(refusal(checkIn.checkIn(new RecordCheckInUseCase.Command(akimat(ALMATY), urban.id(), null))).code())
                .isEqualTo("check-in.akimat-rural-only");
        assertThat(checkIn.checkIn(new RecordCheckInUseCase.Command(operator(ALMATY), urban.id(), null)).isRefused())
                .isFalse();
    }

    @Test
    void EMP04_theMissedCheckInJobAnnouncesOnceWhenRunTwice() {
        Registration r = registered(false); // due 2026-03-05
        clock.set("2026-03-05");
        assertThat(missedJob.detectMissed()).isZero();
        clock.set("2026-03-06");
        assertThat(missedJob.detectMissed()).isEqualTo(1);
        assertThat(missedJob.detectMissed()).isZero();
        assertThat(events.of(EmploymentEvent.CheckInMissed.class)).singleElement()
                .satisfies(e -> assertThat(e.dueOn()).isEqualTo("2026-03-05"));
        // a late check-in with a valid reason starts a new schedule; deregistration under (3) with it is refused
        Refusal excused = refusal(deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, null, "hospital certificate", "")));
        assertThat(excused.ruleId()).isEqualTo("EMP-08");
        checkIn.checkIn(new RecordCheckInUseCase.Command(operator(ALMATY), r.id(), null)).orElseThrow();
        clock.set("2026-03-10");
        assertThat(missedJob.detectMissed()).isEqualTo(1); // due 2026-03-09
        assertThat(store.audit).filteredOn(a -> a.startsWith("CHECK_IN_MISSED")).hasSize(2)
                .allMatch(a -> a.endsWith("by job:detect-missed-check-ins"));
    }

    @Test
    void PRG10_twoRefusalsOfSuitableWorkDeregisterUnderClause1WithTheEvents() {
        Registration r = registered(false);
        Registration referred = refer.refer(new ReferUseCase.Command(operator(ALMATY), r.id(), Referral.Kind.VACANCY,
                "Cook", true, null)).orElseThrow();
        referred = refer.refer(new ReferUseCase.Command(operator(ALMATY), r.id(), Referral.Kind.VACANCY, "Baker", true,
                null)).orElseThrow();
        UUID first = referred.referrals().get(0).id();
        UUID second = referred.referrals().get(1).id();
        clock.set("2026-03-03");
        outcome.record(new RecordReferralOutcomeUseCase.Command(operator(ALMATY), r.id(), first, false, null)).orElseThrow();
        Registration gone = outcome.record(new RecordReferralOutcomeUseCase.Command(operator(ALMATY), r.id(), second,
                false, null)).orElseThrow();
        assertThat(gone.status()).isEqualTo(RegistrationStatus.DEREGISTERED);
        assertThat(events.of(EmploymentEvent.SuitableWorkRefused.class)).extracting(
                EmploymentEvent.SuitableWorkRefused::refusalCount, EmploymentEvent.SuitableWorkRefused::deregistered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(events.of(EmploymentEvent.Deregistered.class)).singleElement().satisfies(e -> {
            assertThat(e.registration().deregistration().reason()).isEqualTo(DeregistrationReason.REFUSED_TWO_OFFERS);
            assertThat(e.registration().deregistration().firstReRegistrationOn()).isEqualTo("2026-04-03");
        });
    }

    @Test
    void PRG10_theIgnoredReferralJobAnnouncesAReferralOnceAfterItsFiveWorkingDays() {
        Registration r = registered(false);
        refer.refer(new ReferUseCase.Command(operator(ALMATY), r.id(), Referral.Kind.VACANCY, "Cook", true, null))
                .orElseThrow();
        clock.set("2026-03-10");
        assertThat(ignoredJob.ignoreOverdue()).isZero();
        clock.set("2026-03-11");
        assertThat(ignoredJob.ignoreOverdue()).isEqualTo(1);
        assertThat(ignoredJob.ignoreOverdue()).isZero();
        assertThat(events.of(EmploymentEvent.ReferralIgnored.class)).singleElement()
                .satisfies(e -> assertThat(e.referral().turnUpBy()).isEqualTo("2026-03-10"));
    }

    @Test
    void PRG04_aMicroCreditNeedsTheMciOfItsStartDayAndPRG01TrainingStartsAndQuits() {
        Registration r = registered(false);
        MeasureFacts credit = new MeasureFacts(null, null, null, new BigDecimal("34600000.00"), new BigDecimal("6"), 60,
                20, false, true, true, LocalDate.parse("2025-11-01"), false, null, null);
        var cmd = new StartMeasureUseCase.Command(operator(ALMATY), r.id(), MeasureKind.MICRO_CREDIT, "Damu",
                LocalDate.parse("2026-03-02"), LocalDate.parse("2031-03-01"), credit);
        assertThat(refusal(startMeasure.start(cmd)).code()).isEqualTo("ref.mci-unknown");
        reference.with("MCI.SOCIAL_PAYMENTS", "2026-01-01", "2026-12-31", "4325.00");
        assertThat(startMeasure.start(cmd).isRefused()).isFalse();
        Registration training = startMeasure.start(new StartMeasureUseCase.Command(operator(ALMATY), r.id(),
                MeasureKind.VOCATIONAL_TRAINING, "College No. 5", LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-06-01"), null)).orElseThrow();
        UUID p = training.measures().get(1).id();
        clock.set("2026-04-01");
        quitMeasure.quit(new QuitMeasureUseCase.Command(operator(ALMATY), r.id(), p, null, true)).orElseThrow();
        assertThat(events.of(EmploymentEvent.MeasureStarted.class)).hasSize(2);
        assertThat(events.of(EmploymentEvent.MeasureQuit.class)).singleElement()
                .satisfies(e -> assertThat(e.participation().ownInitiative()).isTrue());
    }

    @Test
    void PRG08_subsidiesUseTheMciPublishedForTheDay() {
        reference.with("MCI.SOCIAL_PAYMENTS", "2025-01-01", "2025-12-31", "3932.00")
                .with("MCI.SOCIAL_PAYMENTS", "2026-01-01", "2026-12-31", "4325.00");
        assertThat(subsidy.subsidy(2, LabourMobility.Move.BETWEEN_REGIONS, false, LocalDate.parse("2025-07-01"))
                .orElseThrow().relocationPerMember()).isEqualTo(Tenge.of("137620.00"));
        assertThat(subsidy.subsidy(2, LabourMobility.Move.BETWEEN_REGIONS, false, null).orElseThrow()
                .relocationPerMember()).isEqualTo(Tenge.of("151375.00"));
        Refusal unknown = refusal(subsidy.subsidy(2, LabourMobility.Move.BETWEEN_REGIONS, false,
                LocalDate.parse("2027-01-04")));
        assertThat(unknown.code()).isEqualTo("ref.mci-unknown");
        assertThat(unknown.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(unknown.facts()).containsEntry("date", "2027-01-04");
    }

    @Test
    void PRG07_thePublicWorksQueuePutsThoseWithoutJobLossPaymentAndLongRegisteredFirst() {
        reference.with("RETIREMENT_AGE.FEMALE", "2023-01-01", null, "61.0").with("RETIREMENT_AGE.MALE", "2018-01-01", null,
                "63.0");
        var publicWorks = new PublicWorksQueueService(store, parameters, clock);
        clock.set("2025-08-01");
        Registration longPaid = registerAt(operator(ALMATY), TestIins.man("1980-01-01"), ALMATY, false).orElseThrow();
        clock.set("2025-08-20");
        unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), longPaid.id(), null, false, false, true))
                .orElseThrow();
        clock.set("2026-02-02");
        Registration recentUnpaid = registerAt(operator(ALMATY), TestIins.woman("1985-01-01"), ALMATY, false).orElseThrow();
        clock.set("2026-02-20");
        unemployed.decide(new DecideUnemployedUseCase.Command(operator(ALMATY), recentUnpaid.id(), null, false, false,
                false)).orElseThrow();
        clock.set("2026-03-02");
        var queue = publicWorks.queue(operator(ALMATY), Optional.empty()).orElseThrow();
        // both meet one priority (registered > 6 months but paid; unpaid but recent): by registration date
        assertThat(queue).extracting(e -> e.registration().id(), PublicWorksQueueQuery.Entry::priorities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(longPaid.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(recentUnpaid.id(), 1));
        clock.set("2026-08-21");
        assertThat(publicWorks.queue(operator(ALMATY), Optional.empty()).orElseThrow())
                .extracting(e -> e.registration().id(), PublicWorksQueueQuery.Entry::priorities)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(recentUnpaid.id(), 2),
                        org.assertj.core.groups.Tuple.tuple(longPaid.id(), 1));
    }
}
