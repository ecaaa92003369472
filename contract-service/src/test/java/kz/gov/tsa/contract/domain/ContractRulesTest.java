package kz.gov.tsa.contract.domain;

import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.Refusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static kz.gov.tsa.contract.domain.Families.NOW;
import static kz.gov.tsa.contract.domain.Families.adult;
import static kz.gov.tsa.contract.domain.Families.child;
import static kz.gov.tsa.contract.domain.Families.draft;
import static kz.gov.tsa.contract.domain.Families.draftWithPlan;
import static kz.gov.tsa.contract.domain.Families.signed;
import static kz.gov.tsa.contract.domain.Families.student;
import static org.assertj.core.api.Assertions.assertThat;

/** The social contract's rules CON-02..09 on plain Java, over the Kazakhstan calendar of REFERENCE-DATA §4. */
class ContractRulesTest {

    static final ContractMember MOTHER = adult("k-mother", "1986-01-01");

    static Refusal refusal(Outcome<?> o) {
        assertThat(o.isRefused()).as("refused").isTrue();
        return o.refusalIfAny().orElseThrow();
    }

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // ------------------------------------------------------------------------------------------ CON-03

    @Test
    void CON03_deadlineSkipsAWeekend() {
        // Thursday 2026-11-26 → Fri 27 (1), Mon 30 (2), Tue 1 Dec (3; no longer a day off since 2022)
        assertThat(draft("2026-11-26", MOTHER).signingDeadline()).isEqualTo(d("2026-12-01"));
        // Wednesday → Thu, Fri, Mon
        assertThat(draft("2026-02-25", MOTHER).signingDeadline()).isEqualTo(d("2026-03-02"));
    }

    @Test
    void CON03_deadlineSkipsAHolidayAndATransferredDayOff() {
        // Fri 2024-05-03: Sat 4 May is a transferred working day (1), Mon 6 (2), Tue 7 holiday, Wed 8 the
        // transferred day off, Thu 9 Victory Day, Fri 10 (3)
        assertThat(draft("2024-05-03", MOTHER).signingDeadline()).isEqualTo(d("2024-05-10"));
        // Mon 2024-05-06: Tue 7, Wed 8, Thu 9 are all off → Fri 10, Mon 13, Tue 14
        assertThat(draft("2024-05-06", MOTHER).signingDeadline()).isEqualTo(d("2024-05-14"));
        // Nauryz 2026: Mon 23 Mar a holiday, 21-22 Mar (Sat-Sun) moved to Tue-Wed 24-25 Mar;
        // Fri 20 → Thu 26 (1), Fri 27 (2), Mon 30 (3)
        assertThat(draft("2026-03-20", MOTHER).signingDeadline()).isEqualTo(d("2026-03-30"));
    }

    @Test
    void CON03_aYearWithoutCompleteCalendarDataIsRefusedNotGuessed() {
        var o = Contract.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "F", Families.ALMATY,
                List.of(MOTHER), d("2023-06-01"), Families.CALENDAR, NOW);
        assertThat(refusal(o).ruleId()).isEqualTo("EMP-10");
        assertThat(refusal(Contract.draft(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "F",
                Families.ALMATY, List.of(MOTHER), d("2027-05-13"), Families.CALENDAR, NOW)).kind())
                .as("2027 is known through Fri 14 May only (D-80)").isEqualTo(Refusal.Kind.UNPROCESSABLE);
    }

    @Test
    void CON03_EMP10_D80_aDraftOfNewYearsEveCountsOverTheHolidaysOf2027() {
        // Thu 31 Dec (1); Fri 1 and Sat 2 Jan New Year, Sun 3, Mon 4 Jan the day off moved from 2 Jan; Tue 5 (2), Wed 6 (3)
        assertThat(draft("2026-12-30", MOTHER).signingDeadline()).isEqualTo(d("2027-01-06"));
    }

    @Test
    void CON03_signingOnTheDeadlineIsAcceptedTheDayAfterIsRefused() {
        Contract c = draftWithPlan("2026-02-25", MOTHER);
        var onTime = c.sign(d("2026-03-02"), "x", "a", "c", 6, "operator1", NOW);
        assertThat(onTime.orElseThrow().contract().status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(onTime.orElseThrow().events()).singleElement().isInstanceOf(ContractEvent.Signed.class);
        Refusal late = refusal(c.sign(d("2026-03-03"), "x", "a", "c", 6, "operator1", NOW));
        assertThat(late.ruleId()).isEqualTo("CON-03");
        assertThat(late.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal(c.sign(d("2026-02-24"), "x", "a", "c", 6, "operator1", NOW)).kind())
                .isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(refusal(onTime.orElseThrow().contract().sign(d("2026-03-02"), "x", "a", "c", 6, "o", NOW))
                .ruleId()).isEqualTo("CON-03");
    }

    @Test
    void CON02_aContractIsNotSignedWithoutAPlan() {
        Refusal r = refusal(draft("2026-02-25", MOTHER).sign(d("2026-03-02"), "x", "a", "c", 6, "o", NOW));
        assertThat(r.ruleId()).isEqualTo("CON-02");
    }

    @Test
    void CON03_aDraftLapsesOnlyAfterItsDeadline() {
        Contract c = draft("2026-02-25", MOTHER);
        assertThat(refusal(c.lapse(d("2026-03-02"), NOW)).ruleId()).isEqualTo("CON-03");
        Step lapsed = c.lapse(d("2026-03-03"), NOW).orElseThrow();
        assertThat(lapsed.contract().status()).isEqualTo(ContractStatus.LAPSED);
        assertThat(lapsed.events()).singleElement().isInstanceOf(ContractEvent.Lapsed.class);
        assertThat(lapsed.contract().lapse(d("2026-03-04"), NOW).isRefused()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ CON-04

    @Test
    void CON04_theTermRunsSixMonthsFromSigningAndThenCompletes() {
        Contract c = signed(MOTHER);
        assertThat(c.termEnd()).isEqualTo(d("2026-09-01"));
        assertThat(c.firstPaymentMonth()).contains(YearMonth.of(2026, 3));
        assertThat(c.lastPaymentMonth()).contains(YearMonth.of(2026, 8));
        assertThat(refusal(c.complete(d("2026-09-01"), NOW)).ruleId()).isEqualTo("CON-04");
        Step done = c.complete(d("2026-09-02"), NOW).orElseThrow();
        assertThat(done.contract().status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(done.events()).singleElement().isInstanceOf(ContractEvent.Completed.class);
    }

    // ------------------------------------------------------------------------------------------ CON-05

    @Test
    void CON05_extendedOnceByUpToSixMonthsWithTheCommissionsRecommendation() {
        Contract c = signed(MOTHER);
        assertThat(refusal(c.extend(7, ExtensionReason.SOCIAL_JOB_NOT_FINISHED, "EC-1", d("2026-08-01"),
                d("2026-08-10"), "o", NOW)).ruleId()).isEqualTo("CON-05");
        Step ext = c.extend(6, ExtensionReason.SOCIAL_JOB_NOT_FINISHED, "EC-1", d("2026-08-01"), d("2026-08-10"),
                "o", NOW).orElseThrow();
        assertThat(ext.contract().status()).isEqualTo(ContractStatus.EXTENDED);
        assertThat(ext.contract().termEnd()).isEqualTo(d("2027-03-01"));
        assertThat(ext.contract().lastPaymentMonth()).contains(YearMonth.of(2027, 2));
        assertThat(ext.events()).singleElement().isInstanceOf(ContractEvent.Extended.class);

        Refusal second = refusal(ext.contract().extend(1, ExtensionReason.SOCIAL_ADAPTATION_CONTINUES, "EC-2",
                d("2026-09-01"), d("2026-09-02"), "o", NOW));
        assertThat(second.ruleId()).isEqualTo("CON-05");
        assertThat(second.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        // a draft or an ended term cannot be extended
        assertThat(refusal(draft("2026-02-25", MOTHER).extend(1, ExtensionReason.SOCIAL_ADAPTATION_CONTINUES,
                "EC", d("2026-03-01"), d("2026-03-01"), "o", NOW)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(c.extend(1, ExtensionReason.SOCIAL_ADAPTATION_CONTINUES, "EC", d("2026-09-01"), d("2026-09-02"),
                "o", NOW).isRefused()).isTrue();
    }

    // ------------------------------------------------------------------------------------------ CON-07

    // signed 2026-03-02; a breach confirmed 2026-04-15 → sanction month 2026-05; ages on 2026-05-01
    static final ContractMember CHILD_17 = student("k-17", "2008-06-01");
    static final ContractMember STUDENT_19 = student("k-19", "2007-01-01");
    static final ContractMember STUDENT_22 = student("k-22", "2003-06-01");
    static final ContractMember STUDENT_24 = student("k-24", "2002-01-01");
    static final ContractMember TURNS_18_ON_THE_1ST = adult("k-18-today", "2008-05-01");
    static final ContractMember TURNS_18_ON_THE_2ND = adult("k-18-tomorrow", "2008-05-02");
    static final ContractMember STUDENT_TURNS_23_ON_THE_1ST = student("k-23-today", "2003-05-01");
    static final ContractMember STUDENT_TURNS_23_ON_THE_2ND = student("k-23-tomorrow", "2003-05-02");

    static Step firstBreach(Contract c) {
        return c.recordBreach(UUID.randomUUID(), "k-mother", "did not come to the social job", d("2026-04-10"),
                "act 12", d("2026-04-15"), "operator1", NOW).orElseThrow();
    }

    @Test
    void CON07_firstBreachHalvesEveryAdultButFullTimeStudentsUnder23() {
        Contract c = signed(MOTHER, CHILD_17, STUDENT_19, STUDENT_22, STUDENT_24);
        Step step = firstBreach(c);
        assertThat(step.contract().status()).isEqualTo(ContractStatus.SIGNED);
        var event = (ContractEvent.SanctionApplied) step.events().getFirst();
        assertThat(event.sanction().month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(event.sanction().percent()).isEqualTo(50);
        assertThat(event.sanction().affected()).containsExactlyInAnyOrder("k-mother", "k-24");
        assertThat(event.sanction().exempt()).containsExactlyInAnyOrder("k-17", "k-19", "k-22");
    }

    @Test
    void CON07_agesAreTakenOnTheFirstDayOfTheSanctionMonth() {
        Contract c = signed(MOTHER, TURNS_18_ON_THE_1ST, TURNS_18_ON_THE_2ND, STUDENT_TURNS_23_ON_THE_1ST,
                STUDENT_TURNS_23_ON_THE_2ND);
        var s = ((ContractEvent.SanctionApplied) firstBreach(c).events().getFirst()).sanction();
        assertThat(s.affected()).containsExactlyInAnyOrder("k-mother", "k-18-today", "k-23-today");
        assertThat(s.exempt()).containsExactlyInAnyOrder("k-18-tomorrow", "k-23-tomorrow");
    }

    @Test
    void CON07_aBreachConfirmedBeforeTheFirstPaidMonthHitsTheFirstPaidMonth() {
        Contract c = signed(MOTHER);
        Step s = c.recordBreach(UUID.randomUUID(), null, "x", d("2026-03-02"), "", d("2026-02-28"), "o", NOW)
                .orElseThrow();
        assertThat(s.contract().sanction().month()).isEqualTo(YearMonth.of(2026, 3));
    }

    // ------------------------------------------------------------------------------------------ CON-08

    @Test
    void CON08_secondBreachTerminatesAndOnlyMinorsAndStudentsUnder23KeepTheirShares() {
        Contract c = firstBreach(signed(MOTHER, CHILD_17, STUDENT_19, STUDENT_22, STUDENT_24)).contract();
        Step second = c.recordBreach(UUID.randomUUID(), "k-24", "quit the public works", d("2026-04-18"), "",
                d("2026-04-20"), "operator1", NOW).orElseThrow();
        assertThat(second.contract().status()).isEqualTo(ContractStatus.TERMINATED);
        var t = ((ContractEvent.Terminated) second.events().getFirst()).termination();
        assertThat(t.ruleId()).isEqualTo("CON-08");
        assertThat(t.firstMonthStopped()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(t.continuing()).containsExactlyInAnyOrder("k-17", "k-19", "k-22");
        assertThat(t.stopped()).containsExactlyInAnyOrder("k-mother", "k-24");
        assertThat(second.contract().confirmedBreaches()).hasSize(2);
    }

    @Test
    void CON08_aBreachAfterTerminationIsAConflict() {
        Contract c = firstBreach(signed(MOTHER)).contract();
        Contract terminated = firstBreach(c).contract();
        Refusal r = refusal(terminated.recordBreach(UUID.randomUUID(), null, "x", d("2026-06-01"), "",
                d("2026-06-02"), "o", NOW));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(r.ruleId()).isEqualTo("CON-08");
        assertThat(refusal(terminated.proposeBreach(UUID.randomUUID(), "k-mother", BreachSource.MEASURE_QUIT,
                d("2026-06-01"), UUID.randomUUID(), "event")).ruleId()).isEqualTo("CON-08");
    }

    // ------------------------------------------------------------------------------------------ CON-06

    @Test
    void CON06_aProposedBreachChangesNothingUntilConfirmedAndCanBeDismissed() {
        Contract c = signed(MOTHER);
        UUID source = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Step proposed = c.proposeBreach(id, "k-mother", BreachSource.SUITABLE_WORK_REFUSED, d("2026-04-01"), source,
                "event:SuitableWorkRefused/1").orElseThrow();
        assertThat(proposed.events()).isEmpty();
        assertThat(proposed.contract().sanction()).isNull();
        assertThat(proposed.contract().pendingBreaches()).hasSize(1);
        // the same source event again is the same proposal
        Step again = proposed.contract().proposeBreach(UUID.randomUUID(), "k-mother",
                BreachSource.SUITABLE_WORK_REFUSED, d("2026-04-01"), source, "e").orElseThrow();
        assertThat(again.contract().breaches()).hasSize(1);

        Step dismissed = proposed.contract().dismissBreach(id, "valid reason shown", "operator1", NOW).orElseThrow();
        assertThat(dismissed.contract().breach(id).orElseThrow().status()).isEqualTo(BreachStatus.DISMISSED);
        assertThat(dismissed.events()).isEmpty();
        assertThat(refusal(dismissed.contract().confirmBreach(id, "", d("2026-04-15"), "o", NOW)).ruleId())
                .isEqualTo("CON-06");

        Step confirmed = proposed.contract().confirmBreach(id, "no valid reason", d("2026-04-15"), "operator1", NOW)
                .orElseThrow();
        assertThat(confirmed.events()).singleElement().isInstanceOf(ContractEvent.SanctionApplied.class);
        assertThat(refusal(c.confirmBreach(UUID.randomUUID(), "", d("2026-04-15"), "o", NOW)).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    @Test
    void CON06_breachesNeedASignedContractAndAMemberOfTheFamily() {
        assertThat(refusal(draft("2026-02-25", MOTHER).recordBreach(UUID.randomUUID(), null, "x", d("2026-03-01"),
                "", d("2026-03-01"), "o", NOW)).ruleId()).isEqualTo("CON-06");
        assertThat(refusal(signed(MOTHER).recordBreach(UUID.randomUUID(), "someone-else", "x", d("2026-03-05"), "",
                d("2026-03-05"), "o", NOW)).kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
    }

    @Test
    void CON06_falseInformationTerminatesAndStopsTheAbleBodiedMembersShares() {
        ContractMember toddler = child("k-child", "2022-01-01");
        Step s = signed(MOTHER, toddler).terminateForFalseInformation("undeclared wages", d("2026-04-20"), NOW)
                .orElseThrow();
        assertThat(s.contract().status()).isEqualTo(ContractStatus.TERMINATED);
        Termination t = s.contract().termination();
        assertThat(t.ruleId()).isEqualTo("CON-06");
        assertThat(t.stopped()).containsExactly("k-mother");
        assertThat(t.continuing()).containsExactly("k-child");
        assertThat(refusal(s.contract().terminateForFalseInformation("again", d("2026-04-21"), NOW)).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
    }

    // ------------------------------------------------------------------------------------------ CON-09 / CON-02

    @Test
    void CON09_anExemptMemberCannotBeObligedToAnActiveEmploymentMeasure() {
        ContractMember carer = new ContractMember("k-carer", "88****333", d("1988-01-01"), "SPOUSE", true, "NONE",
                false, false, List.of("CHILD_UNDER_7"), "UNEMPLOYED");
        Contract c = draft("2026-02-25", MOTHER, carer);
        Refusal r = refusal(c.addActivity(UUID.randomUUID(), "k-carer", ActivityKind.PUBLIC_WORKS,
                SupportDomain.SOCIAL, "public works", d("2026-05-01"), "o"));
        assertThat(r.kind()).isEqualTo(Refusal.Kind.UNPROCESSABLE);
        assertThat(r.ruleId()).isEqualTo("CON-09");
        assertThat(r.facts()).containsEntry("member", "88****333");
        assertThat(r.args()).contains("88****333");
        // a social adaptation measure for the same member is fine; an employment measure for the mother too
        Step ok = c.addActivity(UUID.randomUUID(), "k-carer", ActivityKind.PRESCHOOL_AND_ADDITIONAL_EDUCATION_PLACE,
                SupportDomain.EDUCATION, "kindergarten place", d("2026-05-01"), "o").orElseThrow();
        Step ok2 = ok.contract().addActivity(UUID.randomUUID(), "k-mother", ActivityKind.SOCIAL_JOB,
                SupportDomain.SOCIAL, "social job", d("2026-05-01"), "o").orElseThrow();
        assertThat(ok2.contract().plan()).extracting(PlanActivity::kind)
                .containsExactly(ActivityKind.PRESCHOOL_AND_ADDITIONAL_EDUCATION_PLACE, ActivityKind.SOCIAL_JOB);
    }

    @Test
    void CON09_everyExemptionIsNamed() {
        assertThat(student("s", "2005-01-01").con09Exemptions()).containsExactly("CON-09 (2) full-time student");
        assertThat(new ContractMember("d", "m", d("1980-01-01"), "APPLICANT", false, "GROUP_2", true, false,
                List.of(), "EMPLOYED").con09Exemptions()).hasSize(3);
        assertThat(new ContractMember("d", "m", d("1980-01-01"), "APPLICANT", true, "GROUP_3", false, false,
                List.of(), "UNEMPLOYED").con09Exemptions()).isEmpty();
    }

    @Test
    void CON10_CON11_sevenEmploymentAndEightSocialAdaptationMeasures() {
        assertThat(List.of(ActivityKind.values()).stream()
                .filter(k -> k.category() == ActivityCategory.ACTIVE_EMPLOYMENT)).hasSize(7);
        assertThat(List.of(ActivityKind.values()).stream()
                .filter(k -> k.category() == ActivityCategory.SOCIAL_ADAPTATION)).hasSize(8);
        assertThat(SupportDomain.values()).hasSize(5);
    }

    @Test
    void CON02_aClosedContractsPlanCannotChangeNorTakeAStranger() {
        Contract lapsed = draft("2026-02-25", MOTHER).lapse(d("2026-03-03"), NOW).orElseThrow().contract();
        assertThat(refusal(lapsed.addActivity(UUID.randomUUID(), "k-mother", ActivityKind.SCREENING_EXAMINATION,
                SupportDomain.HEALTH, "", d("2026-04-01"), "o")).kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusal(draft("2026-02-25", MOTHER).addActivity(UUID.randomUUID(), "nobody",
                ActivityKind.SCREENING_EXAMINATION, SupportDomain.HEALTH, "", d("2026-04-01"), "o")).ruleId())
                .isEqualTo("CON-02");
    }

    @Test
    void CON02_theAssistantRecordsAnActivitysProgress() {
        Contract c = signed(MOTHER);
        UUID activity = c.plan().getFirst().id();
        Step done = c.recordProgress(activity, ActivityStatus.DONE, "operator1").orElseThrow();
        assertThat(done.contract().plan().getFirst().status()).isEqualTo(ActivityStatus.DONE);
        assertThat(done.events()).isEmpty();
        assertThat(refusal(c.recordProgress(UUID.randomUUID(), ActivityStatus.DONE, "o")).kind())
                .isEqualTo(Refusal.Kind.NOT_FOUND);
    }
}
