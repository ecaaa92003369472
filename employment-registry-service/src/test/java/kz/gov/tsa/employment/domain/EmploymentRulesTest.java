package kz.gov.tsa.employment.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.kernel.Sex;
import kz.gov.tsa.kernel.calendar.KazakhstanCalendars;
import kz.gov.tsa.kernel.calendar.WorkingCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** EMP-01..10 and PRG-10 on the registration aggregate, with the Kazakhstan calendar of 2024–2026. */
class EmploymentRulesTest {

    static final WorkingCalendar CAL = KazakhstanCalendars.calendar();
    static final Limits L = TestLimits.limits();
    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
    static final RegionCode ALMATY = new RegionCode("750000000");
    static final Documents DOCS = new Documents(true, true, false);
    static final BigDecimal WOMEN_61 = new BigDecimal("61.0");

    static Registration.Person person(String birthDate) {
        return new Registration.Person("a".repeat(64), "9001******26", LocalDate.parse(birthDate), Sex.FEMALE, null);
    }

    static Outcome<Step> register(String birthDate, String on, List<Registration> earlier, boolean rural) {
        return Registration.register(UUID.randomUUID(), person(birthDate), ALMATY, rural, Channel.OPERATOR, DOCS,
                null, LocalDate.parse(on), earlier, CAL, L, NOW);
    }

    static Registration registered(String on) {
        return register("1990-05-05", on, List.of(), false).orElseThrow().registration();
    }

    static Registration registeredRural(String on) {
        return register("1990-05-05", on, List.of(), true).orElseThrow().registration();
    }

    /** The registration with the fact {@code reason} needs by {@code on} (D-48): an ignored referral, a quit measure. */
    static Registration readyFor(Registration r, DeregistrationReason reason, LocalDate on) {
        return switch (reason) {
            case REFERRAL_NOT_FOLLOWED -> r.refer(UUID.randomUUID(), Referral.Kind.VACANCY, "Cook", true,
                    r.registeredOn(), CAL, L).orElseThrow().registration().ignoreOverdueReferrals(on, NOW).registration();
            case MEASURE_QUIT -> {
                Participation p = new Participation(UUID.randomUUID(), MeasureKind.VOCATIONAL_ORIENTATION, "Centre",
                        r.registeredOn(), on, Participation.Status.ACTIVE, null, false, null);
                yield r.startMeasure(p, NOW).orElseThrow().registration().quitMeasure(p.id(), on, true, NOW)
                        .orElseThrow().registration();
            }
            case INVITATION_NOT_FOLLOWED -> r.invite(UUID.randomUUID(), MeasureKind.VOCATIONAL_TRAINING,
                    r.registeredOn(), CAL, L).orElseThrow().registration();
            default -> r;
        };
    }

    static Refusal refusal(Outcome<?> o) {
        return o.refusalIfAny().orElseThrow(() -> new AssertionError("expected a refusal, got " + o));
    }

    static Registration unemployed(Registration r, String on) {
        return r.decideUnemployed(LocalDate.parse(on), false, false, WOMEN_61, CAL, L, NOW).orElseThrow().registration();
    }

    @Nested
    class Registering {
        @Test
        void EMP02_aJobSeekerIsRegisteredWithAnIdentityDocumentAndAnnounced() {
            Step s = register("1990-05-05", "2026-03-02", List.of(), false).orElseThrow();
            assertThat(s.registration().status()).isEqualTo(RegistrationStatus.JOB_SEEKER);
            assertThat(s.events()).singleElement().isInstanceOf(EmploymentEvent.JobSeekerRegistered.class);
            assertThat(s.registration().nextCheckInDue()).isEqualTo("2026-03-05");
        }

        @Test
        void EMP02_withoutAnIdentityDocumentIsRefused() {
            var o = Registration.register(UUID.randomUUID(), person("1990-05-05"), ALMATY, false, Channel.PORTAL,
                    new Documents(false, true, true), null, LocalDate.parse("2026-03-02"), List.of(), CAL, L, NOW);
            assertThat(refusal(o).ruleId()).isEqualTo("EMP-02");
            assertThat(refusal(o).fields()).extracting(Refusal.FieldRefusal::field).containsExactly("documents.identity");
        }

        @Test
        void EMP02_under16NeedsTheLegalRepresentativesApplicationAnd16DoesNot() {
            // born 2010-03-03: 15 on 2026-03-02, 16 on 2026-03-03
            var under = register("2010-03-03", "2026-03-02", List.of(), false);
            assertThat(refusal(under).ruleId()).isEqualTo("EMP-02");
            assertThat(refusal(under).code()).isEqualTo("registration.legal-representative-required");
            var rep = new LegalRepresentative("Aigerim S.", "8501******11", "APP-1", LocalDate.parse("2026-03-02"));
            var with = Registration.register(UUID.randomUUID(), person("2010-03-03"), ALMATY, false, Channel.OPERATOR,
                    DOCS, rep, LocalDate.parse("2026-03-02"), List.of(), CAL, L, NOW);
            assertThat(with.isRefused()).isFalse();
            assertThat(register("2010-03-03", "2026-03-03", List.of(), false).isRefused()).isFalse();
        }

        @Test
        void EMP02_aSecondOpenRegistrationOfThePersonIsAConflict() {
            Registration open = registered("2026-03-02");
            var o = register("1990-05-05", "2026-03-04", List.of(open), false);
            assertThat(refusal(o).kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal(o).code()).isEqualTo("registration.already-registered");
        }
    }

    @Nested
    class Ban {
        Registration deregistered(DeregistrationReason reason, String on) {
            LocalDate day = LocalDate.parse(on);
            return readyFor(registered("2026-01-05"), reason, day).deregister(reason, day, null, "", L, NOW)
                    .orElseThrow().registration();
        }

        @Test
        void EMP09_day30AfterADeregistrationUnderClause3IsBannedAndDay31IsAllowed() {
            Registration gone = deregistered(DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, "2026-03-02");
            assertThat(gone.deregistration().firstReRegistrationOn()).isEqualTo("2026-04-02");
            var day30 = register("1990-05-05", "2026-04-01", List.of(gone), false);
            assertThat(refusal(day30).ruleId()).isEqualTo("EMP-09");
            assertThat(refusal(day30).kind()).isEqualTo(Refusal.Kind.CONFLICT);
            assertThat(refusal(day30).facts()).containsEntry("firstAllowedOn", "2026-04-02");
            assertThat(register("1990-05-05", "2026-04-02", List.of(gone), false).isRefused()).isFalse();
        }

        @Test
        void EMP09_clauses1To3BanAndClauses4To6DoNot() {
            for (DeregistrationReason reason : DeregistrationReason.values()) {
                Registration gone = deregistered(reason, "2026-03-02");
                var nextDay = register("1990-05-05", "2026-03-03", List.of(gone), false);
                assertThat(nextDay.isRefused()).as(reason.citation()).isEqualTo(reason.clause() <= 3);
            }
        }

        @Test
        void EMP09_theLatestBanningDeregistrationCounts() {
            Registration early = deregistered(DeregistrationReason.REFUSED_TWO_OFFERS, "2026-01-20");
            Registration later = deregistered(DeregistrationReason.MEASURE_QUIT, "2026-03-02");
            assertThat(Registration.banEnd(List.of(early, later))).contains(LocalDate.parse("2026-04-02"));
        }
    }

    @Nested
    class OfferWindow {
        @Test
        void EMP03_tenWorkingDaysSkipTheMovedDayOffOf9March2026() {
            assertThat(registered("2026-03-02").offerDeadline()).isEqualTo("2026-03-17");
        }

        @Test
        void EMP03_EMP10_theWindowRunsOverNauryzAndItsMovedDaysOff() {
            // Fri 2026-03-20; 21-23 Nauryz, 24 and 25 moved days off
            assertThat(registered("2026-03-20").offerDeadline()).isEqualTo("2026-04-08");
        }

        @Test
        void EMP03_EMP10_theWindowCountsTheTransferredWorkingSaturdayAndSkipsTheTransferredDayOff2024() {
            // Tue 2024-04-30: 1 May holiday, Sat 4 May a working day, 7 May holiday, 8 May the transferred day off,
            // 9 May holiday -> the 10th working day is Fri 17 May
            Registration r = register("1990-05-05", "2024-04-30", List.of(), false).orElseThrow().registration();
            assertThat(r.offerDeadline()).isEqualTo("2024-05-17");
            assertThat(r.workingDaysLeft(LocalDate.parse("2024-05-10"), CAL)).isEqualTo(5);
            assertThat(r.workingDaysLeft(LocalDate.parse("2024-05-17"), CAL)).isZero();
        }

        @Test
        void EMP10_aWindowInAYearWithoutCompleteCalendarDataIsRefusedNotGuessed() {
            // 2027 is known through Fri 14 May only (D-80): ten working days after Fri 7 May run beyond it
            var o = register("1990-05-05", "2027-05-07", List.of(), false);
            assertThat(refusal(o).ruleId()).isEqualTo("EMP-10");
            assertThat(refusal(o).facts()).containsEntry("year", 2027);
        }
    }

    @Nested
    class Unemployed {
        @Test
        void EMP05_theApplicationMustComeAfterTheWindow() {
            Registration r = registered("2026-03-02");
            var inside = r.decideUnemployed(LocalDate.parse("2026-03-17"), false, false, WOMEN_61, CAL, L, NOW);
            assertThat(refusal(inside).ruleId()).isEqualTo("EMP-05");
            assertThat(refusal(inside).facts()).containsEntry("offerDeadline", "2026-03-17");
        }

        @Test
        void EMP05_registeredFromTheApplicationAndNotified10CalendarDaysLater() {
            Step s = registered("2026-03-02").decideUnemployed(LocalDate.parse("2026-03-18"), false, false, WOMEN_61,
                    CAL, L, NOW).orElseThrow();
            Registration r = s.registration();
            assertThat(r.status()).isEqualTo(RegistrationStatus.UNEMPLOYED);
            assertThat(r.unemployedSince()).isEqualTo("2026-03-18");
            assertThat(r.unemployedDecision().notificationOn()).isEqualTo("2026-03-28");
            // EMP-07 urban: 10 working days from Wed 18 March over Nauryz (23 March, moved days off 24-25) -> Mon 6 April
            assertThat(r.nextCheckInDue()).isEqualTo("2026-04-06");
            assertThat(s.events()).singleElement().isInstanceOf(EmploymentEvent.UnemployedRegistered.class);
        }

        @Test
        void EMP06_everyReasonThatAppliesIsCitedAndNothingIsAnnounced() {
            Step s = registered("2026-03-02").decideUnemployed(LocalDate.parse("2026-03-18"), true, true, WOMEN_61,
                    CAL, L, NOW).orElseThrow();
            assertThat(s.registration().status()).isEqualTo(RegistrationStatus.JOB_SEEKER);
            assertThat(s.registration().unemployedDecision().reasons())
                    .containsExactly(Emp06Reason.WORKING, Emp06Reason.FALSE_DOCUMENTS);
            assertThat(s.registration().unemployedDecision().notificationOn()).isEqualTo("2026-03-28");
            assertThat(s.events()).isEmpty();
            assertThat(s.reason()).isEqualTo("EMP-06 (2), EMP-06 (4)");
        }

        @Test
        void EMP06_retirementAgeReachedOnTheApplicationDayAndTheDayBefore() {
            // born 1965-03-18: 61 on 2026-03-18
            Registration r = register("1965-03-18", "2026-03-02", List.of(), false).orElseThrow().registration();
            var onBirthday = r.decideUnemployed(LocalDate.parse("2026-03-18"), false, false, WOMEN_61, CAL, L, NOW)
                    .orElseThrow().registration();
            assertThat(onBirthday.unemployedDecision().reasons()).containsExactly(Emp06Reason.RETIREMENT_AGE);
            Registration r2 = register("1965-03-19", "2026-03-02", List.of(), false).orElseThrow().registration();
            assertThat(r2.decideUnemployed(LocalDate.parse("2026-03-18"), false, false, WOMEN_61, CAL, L, NOW)
                    .orElseThrow().registration().status()).isEqualTo(RegistrationStatus.UNEMPLOYED);
        }

        @Test
        void EMP06_aFractionalRetirementAgeCountsItsMonths() {
            LocalDate born = LocalDate.parse("1960-01-10");
            assertThat(Ages.reached(born, new BigDecimal("58.5"), LocalDate.parse("2018-07-09"))).isFalse();
            assertThat(Ages.reached(born, new BigDecimal("58.5"), LocalDate.parse("2018-07-10"))).isTrue();
        }

        @Test
        void EMP06_under16AtTheApplicationIsReason1() {
            var rep = new LegalRepresentative("Aigerim S.", "8501******11", "APP-1", LocalDate.parse("2026-03-02"));
            Registration r = Registration.register(UUID.randomUUID(), person("2010-06-01"), ALMATY, false,
                    Channel.OPERATOR, DOCS, rep, LocalDate.parse("2026-03-02"), List.of(), CAL, L, NOW).orElseThrow()
                    .registration();
            assertThat(r.decideUnemployed(LocalDate.parse("2026-03-18"), false, false, WOMEN_61, CAL, L, NOW)
                    .orElseThrow().registration().unemployedDecision().reasons()).containsExactly(Emp06Reason.UNDER_16);
        }
    }

    @Nested
    class CheckIns {
        @Test
        void EMP04_aJobSeekerChecksInAtLeastEveryThreeCalendarDays() {
            Registration r = registered("2026-03-02").checkIn(LocalDate.parse("2026-03-05"), "centre", CAL, L)
                    .orElseThrow().registration();
            assertThat(r.nextCheckInDue()).isEqualTo("2026-03-08");
        }

        @Test
        void EMP07_anUnemployedUrbanResidentEvery10WorkingDaysAndARuralOneMonthly() {
            Registration urban = unemployed(registered("2026-03-02"), "2026-03-18");
            assertThat(urban.checkIn(LocalDate.parse("2026-04-03"), "centre", CAL, L).orElseThrow().registration()
                    .nextCheckInDue()).isEqualTo("2026-04-17");
            Registration rural = unemployed(registeredRural("2026-03-02"), "2026-03-18");
            assertThat(rural.nextCheckInDue()).isEqualTo("2026-04-18");
            assertThat(rural.checkIn(LocalDate.parse("2026-04-18"), "akim", CAL, L).orElseThrow().registration()
                    .nextCheckInDue()).isEqualTo("2026-05-18");
        }

        @Test
        void EMP04_aCheckInMissedIsAnnouncedTheDayAfterItsDueDayAndOnlyOnce() {
            Registration r = registered("2026-03-02"); // due 2026-03-05
            assertThat(r.detectMissedCheckIn(LocalDate.parse("2026-03-05"), NOW).changed()).isFalse();
            Step missed = r.detectMissedCheckIn(LocalDate.parse("2026-03-06"), NOW);
            assertThat(missed.events()).singleElement().isInstanceOfSatisfying(EmploymentEvent.CheckInMissed.class,
                    e -> {
                        assertThat(e.dueOn()).isEqualTo("2026-03-05");
                        assertThat(e.lastCheckIn()).isEqualTo("2026-03-02");
                        assertThat(e.ruleIds()).contains("EMP-04");
                    });
            assertThat(missed.registration().detectMissedCheckIn(LocalDate.parse("2026-03-07"), NOW).changed()).isFalse();
        }

        @Test
        void EMP04_aCheckInBeforeTheLastOneIsRefused() {
            Registration r = registered("2026-03-02");
            assertThat(refusal(r.checkIn(LocalDate.parse("2026-03-01"), "centre", CAL, L)).ruleId()).isEqualTo("EMP-04");
        }
    }

    @Nested
    class Deregistering {
        @Test
        void EMP08_eachOfTheSixClausesDeregistersWithItsCitation() {
            for (DeregistrationReason reason : DeregistrationReason.values()) {
                LocalDate on = LocalDate.parse("2026-03-11");
                Step s = readyFor(registered("2026-03-02"), reason, on).deregister(reason, on, null, "n", L, NOW)
                        .orElseThrow();
                assertThat(s.registration().status()).isEqualTo(RegistrationStatus.DEREGISTERED);
                assertThat(s.reason()).isEqualTo("EMP-08 (" + reason.clause() + ")");
                assertThat(s.events()).singleElement().isInstanceOf(EmploymentEvent.Deregistered.class);
            }
        }

        @Test
        void EMP08_aValidReasonPreventsClauses2And3ButNotTheOthers() {
            Registration r = registered("2026-03-02");
            var broken = r.deregister(DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, LocalDate.parse("2026-03-10"),
                    "hospital certificate", "", L, NOW);
            assertThat(refusal(broken).ruleId()).isEqualTo("EMP-08");
            assertThat(refusal(broken).code()).isEqualTo("deregistration.valid-reason");
            assertThat(r.deregister(DeregistrationReason.FALSE_DOCUMENTS, LocalDate.parse("2026-03-10"),
                    "hospital certificate", "", L, NOW).isRefused()).isFalse();
        }

        @Test
        void EMP08_clauses2And3NeedTheFactsThisRegistryHolds() {
            Registration r = registered("2026-03-02"); // check-in due 2026-03-05
            var kept = r.deregister(DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, LocalDate.parse("2026-03-05"), null,
                    "", L, NOW);
            assertThat(refusal(kept).code()).isEqualTo("deregistration.check-ins-kept");
            assertThat(r.deregister(DeregistrationReason.CHECK_IN_SCHEDULE_BROKEN, LocalDate.parse("2026-03-06"), null,
                    "", L, NOW).isRefused()).isFalse();
            assertThat(refusal(r.deregister(DeregistrationReason.REFERRAL_NOT_FOLLOWED, LocalDate.parse("2026-03-06"),
                    null, "", L, NOW)).code()).isEqualTo("deregistration.no-ignored-referral");
            assertThat(refusal(r.deregister(DeregistrationReason.MEASURE_QUIT, LocalDate.parse("2026-03-06"), null, "",
                    L, NOW)).code()).isEqualTo("deregistration.no-measure-quit");
            assertThat(refusal(r.deregister(DeregistrationReason.INVITATION_NOT_FOLLOWED, LocalDate.parse("2026-03-06"),
                    null, "", L, NOW)).code()).isEqualTo("deregistration.no-invitation-missed");
        }

        @Test
        void EMP08_EMP10_anInvitationIsAnsweredWithinThreeWorkingDaysOverTheMovedDayOff() {
            UUID id = UUID.randomUUID();
            // Thu 5 March 2026: Fri 6 (1), Mon 9 the moved day off of 8 March, Tue 10 (2), Wed 11 (3)
            Registration r = registered("2026-03-02").invite(id, MeasureKind.VOCATIONAL_TRAINING,
                    LocalDate.parse("2026-03-05"), CAL, L).orElseThrow().registration();
            assertThat(r.invitations()).singleElement().satisfies(i -> assertThat(i.comeBy()).isEqualTo("2026-03-11"));
            assertThat(refusal(r.deregister(DeregistrationReason.INVITATION_NOT_FOLLOWED, LocalDate.parse("2026-03-11"),
                    null, "", L, NOW)).code()).isEqualTo("deregistration.no-invitation-missed");
            assertThat(r.deregister(DeregistrationReason.INVITATION_NOT_FOLLOWED, LocalDate.parse("2026-03-12"), null,
                    "", L, NOW).isRefused()).isFalse();
            Registration came = r.recordArrival(id, LocalDate.parse("2026-03-11")).orElseThrow().registration();
            assertThat(came.deregister(DeregistrationReason.INVITATION_NOT_FOLLOWED, LocalDate.parse("2026-03-12"), null,
                    "", L, NOW).isRefused()).isTrue();
            assertThat(refusal(came.recordArrival(id, LocalDate.parse("2026-03-12"))).code())
                    .isEqualTo("invitation.already-came");
        }

        @Test
        void EMP08_aDeregisteredPersonCannotBeDeregisteredAgain() {
            Registration gone = registered("2026-03-02").deregister(DeregistrationReason.FALSE_DOCUMENTS,
                    LocalDate.parse("2026-03-10"), null, "", L, NOW).orElseThrow().registration();
            assertThat(refusal(gone.deregister(DeregistrationReason.FALSE_DOCUMENTS, LocalDate.parse("2026-03-11"),
                    null, "", L, NOW)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
        }
    }

    @Nested
    class Referrals {
        final UUID first = UUID.randomUUID();
        final UUID second = UUID.randomUUID();

        Registration referredTwice() {
            Registration r = registered("2026-03-02");
            r = r.refer(first, Referral.Kind.VACANCY, "Cook, Almaty Cafe LLP", true, LocalDate.parse("2026-03-02"),
                    CAL, L).orElseThrow().registration();
            return r.refer(second, Referral.Kind.VACANCY, "Baker, Nan LLP", true, LocalDate.parse("2026-03-03"), CAL, L)
                    .orElseThrow().registration();
        }

        @Test
        void PRG10_theTurnUpDayIsFiveWorkingDaysLaterOverTheMovedDayOff() {
            Registration r = referredTwice();
            assertThat(r.referral(first).orElseThrow().turnUpBy()).isEqualTo("2026-03-10");
            assertThat(r.nextReferralDue()).contains(LocalDate.parse("2026-03-10"));
        }

        @Test
        void PRG05_theEmployerOfASocialJobAnswersWithinThreeWorkingDays() {
            Registration r = registered("2026-03-02").refer(first, Referral.Kind.SOCIAL_JOB, "Akimat works", true,
                    LocalDate.parse("2026-03-05"), CAL, L).orElseThrow().registration();
            // Thu 5 March: 6 Fri (1), 9 moved day off, 10 (2), 11 (3)
            assertThat(r.referral(first).orElseThrow().employerAnswerBy()).isEqualTo("2026-03-11");
        }

        @Test
        void PRG10_EMP08_aReferralNotFollowedByItsTurnUpDayIsIgnoredOnTheDayAfter() {
            Registration r = referredTwice();
            assertThat(r.ignoreOverdueReferrals(LocalDate.parse("2026-03-10"), NOW).changed()).isFalse();
            Step s = r.ignoreOverdueReferrals(LocalDate.parse("2026-03-11"), NOW);
            assertThat(s.events()).singleElement().isInstanceOfSatisfying(EmploymentEvent.ReferralIgnored.class,
                    e -> assertThat(e.referral().id()).isEqualTo(first));
            assertThat(s.registration().ignoreOverdueReferrals(LocalDate.parse("2026-03-11"), NOW).changed()).isFalse();
        }

        @Test
        void PRG10_EMP08_theFirstRefusalIsAnnouncedAndTheSecondDeregistersUnderClause1() {
            Step one = referredTwice().recordReferralOutcome(first, false, LocalDate.parse("2026-03-04"), L, NOW)
                    .orElseThrow();
            assertThat(one.registration().status()).isEqualTo(RegistrationStatus.JOB_SEEKER);
            assertThat(one.events()).singleElement().isInstanceOfSatisfying(EmploymentEvent.SuitableWorkRefused.class,
                    e -> {
                        assertThat(e.refusalCount()).isEqualTo(1);
                        assertThat(e.deregistered()).isFalse();
                    });
            Step two = one.registration().recordReferralOutcome(second, false, LocalDate.parse("2026-03-05"), L, NOW)
                    .orElseThrow();
            assertThat(two.registration().status()).isEqualTo(RegistrationStatus.DEREGISTERED);
            assertThat(two.registration().deregistration().reason()).isEqualTo(DeregistrationReason.REFUSED_TWO_OFFERS);
            assertThat(two.registration().deregistration().firstReRegistrationOn()).isEqualTo("2026-04-05");
            assertThat(two.events()).hasSize(2);
            assertThat(two.events().get(0)).isInstanceOfSatisfying(EmploymentEvent.SuitableWorkRefused.class,
                    e -> assertThat(e.deregistered()).isTrue());
            assertThat(two.events().get(1)).isInstanceOf(EmploymentEvent.Deregistered.class);
        }

        @Test
        void PRG10_refusingAReferralThatIsNotSuitableWorkDoesNotCount() {
            Registration r = registered("2026-03-02").refer(first, Referral.Kind.TRAINING, "Welding course", false,
                    LocalDate.parse("2026-03-02"), CAL, L).orElseThrow().registration();
            Step s = r.recordReferralOutcome(first, false, LocalDate.parse("2026-03-03"), L, NOW).orElseThrow();
            assertThat(s.events()).isEmpty();
            assertThat(s.registration().suitableWorkRefusals()).isZero();
        }

        @Test
        void PRG10_aClosedReferralCannotBeAnsweredAgain() {
            Registration r = referredTwice().recordReferralOutcome(first, true, LocalDate.parse("2026-03-04"), L, NOW)
                    .orElseThrow().registration();
            assertThat(refusal(r.recordReferralOutcome(first, false, LocalDate.parse("2026-03-05"), L, NOW)).ruleId())
                    .isEqualTo("PRG-10");
        }
    }
}
