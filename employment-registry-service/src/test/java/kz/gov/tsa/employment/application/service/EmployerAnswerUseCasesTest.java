package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.RecordEmployerAnswerUseCase;
import kz.gov.tsa.employment.application.port.in.RecordReferralOutcomeUseCase;
import kz.gov.tsa.employment.application.port.in.ReferUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.PAVLODAR;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** PRG-05 (D-71): the social job employer's 3-working-day answer, the job flagging its silence and the operator's queue. */
class EmployerAnswerUseCasesTest {

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Calendar calendar = new InMemoryPorts.Calendar();
    final InMemoryPorts.Parameters parameters = new InMemoryPorts.Parameters();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();

    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, new InMemoryPorts.Families(),
            calendar, parameters, events, new InMemoryPorts.Refusals(), clock);
    final ReferService refer = new ReferService(store, keys, events, calendar, parameters, clock);
    final RecordReferralOutcomeService outcome = new RecordReferralOutcomeService(store, keys, events, parameters, clock);
    final RecordEmployerAnswerService answer = new RecordEmployerAnswerService(store, keys, events, clock);
    final FlagOverdueEmployerAnswersService job = new FlagOverdueEmployerAnswersService(store, events, clock);
    final EmployerAnswerQueueService queue = new EmployerAnswerQueueService(store, calendar, clock);
    final IgnoreOverdueReferralsService ignoredJob = new IgnoreOverdueReferralsService(store, events, clock);

    Registration registered(String iin) {
        return register.register(new RegisterJobSeekerUseCase.Command(operator(ALMATY), Iin.parse(iin), ALMATY, false,
                DOCS, null, null)).orElseThrow();
    }

    Referral referred(Registration r, Referral.Kind kind) {
        Registration after = refer.refer(new ReferUseCase.Command(operator(ALMATY), r.id(), kind, "Almaty Parks LLP", true,
                null)).orElseThrow();
        return after.referrals().getLast();
    }

    Referral now(Registration r, Referral ref) {
        return store.byId.get(r.id()).referral(ref.id()).orElseThrow();
    }

    RecordEmployerAnswerUseCase.Command answered(Registration r, Referral ref, Referral.EmployerAnswer a, String on) {
        return new RecordEmployerAnswerUseCase.Command(operator(ALMATY), r.id(), ref.id(), a,
                on == null ? null : LocalDate.parse(on));
    }

    @Test
    void PRG05_EMP10_theEmployersThreeWorkingDaysSkipNauryzAndTheJobFlagsTheSilenceOnceTheDayAfter() {
        Registration r = registered(TestIins.woman("1990-05-05"));
        clock.set("2026-03-20"); // Friday; 21–25 March are Nauryz and its moved days off
        Referral social = referred(r, Referral.Kind.SOCIAL_JOB);
        assertThat(social.employerAnswerBy()).isEqualTo("2026-03-30"); // 26, 27, 30 March — not 25 March
        clock.set("2026-03-30");
        assertThat(job.flagOverdue()).isZero(); // the last day of the window
        assertThat(queue.queue(operator(ALMATY), Optional.empty()).orElseThrow()).isEmpty();
        clock.set("2026-03-31");
        assertThat(job.flagOverdue()).isEqualTo(1);
        assertThat(job.flagOverdue()).isZero(); // a second run (or instance) flags nothing again
        assertThat(now(r, social).employerAnswerOverdueOn()).isEqualTo("2026-03-31");
        assertThat(store.audit).filteredOn(a -> a.startsWith("EMPLOYER_ANSWER_OVERDUE"))
                .containsExactly("EMPLOYER_ANSWER_OVERDUE by job:flag-overdue-employer-answers");
        assertThat(events.published).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("JobSeekerRegistered"); // the employer's silence is announced to no one

        var entries = queue.queue(operator(ALMATY), Optional.empty()).orElseThrow();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.registration().id()).isEqualTo(r.id());
            assertThat(e.referral().id()).isEqualTo(social.id());
            assertThat(e.workingDaysOverdue()).isEqualTo(1);
        });
        Refusal other = refusal(queue.queue(operator(ALMATY), Optional.of(PAVLODAR)));
        assertThat(other.code()).isEqualTo("region.not-yours");
        assertThat(queue.queue(operator(PAVLODAR), Optional.empty()).orElseThrow()).isEmpty();
    }

    @Test
    void PRG05_aLateHiredAnswerIsRecordedClosesTheReferralAsTurnedUpAndLeavesTheQueue() {
        Registration r = registered(TestIins.woman("1990-05-05"));
        clock.set("2026-03-20");
        Referral social = referred(r, Referral.Kind.SOCIAL_JOB);
        clock.set("2026-03-31");
        job.flagOverdue();
        clock.set("2026-04-01");
        Registration after = answer.record(answered(r, social, Referral.EmployerAnswer.HIRED, null)).orElseThrow();
        Referral done = after.referral(social.id()).orElseThrow();
        assertThat(done.employerAnswer()).isEqualTo(Referral.EmployerAnswer.HIRED);
        assertThat(done.employerAnsweredOn()).isEqualTo("2026-04-01");
        assertThat(done.status()).isEqualTo(Referral.Status.TURNED_UP);
        assertThat(done.employerAnswerOverdueOn()).isEqualTo("2026-03-31"); // the history stays
        assertThat(store.audit).last().isEqualTo("EMPLOYER_ANSWERED by operator-750000000");
        assertThat(queue.queue(operator(ALMATY), Optional.empty()).orElseThrow()).isEmpty();
        clock.set("2026-04-03");
        assertThat(ignoredJob.ignoreOverdue()).isZero(); // the person came to the employer

        Refusal twice = refusal(answer.record(answered(r, social, Referral.EmployerAnswer.REFUSED, null)));
        assertThat(twice.ruleId()).isEqualTo("PRG-05");
        assertThat(twice.code()).isEqualTo("referral.employer-answered");
        assertThat(twice.facts()).containsEntry("employerAnswer", "HIRED").containsEntry("employerAnsweredOn", "2026-04-01");
    }

    @Test
    void PRG05_EMP08_theEmployersRefusalIsNotThePersonsRefusalOfSuitableWork() {
        Registration r = registered(TestIins.man("1988-02-02"));
        Referral social = referred(r, Referral.Kind.SOCIAL_JOB);
        clock.set("2026-03-04");
        Registration after = answer.record(answered(r, social, Referral.EmployerAnswer.REFUSED, null)).orElseThrow();
        assertThat(after.suitableWorkRefusals()).isZero();
        assertThat(after.referral(social.id()).orElseThrow().status()).isEqualTo(Referral.Status.TURNED_UP);
        assertThat(events.of(EmploymentEvent.SuitableWorkRefused.class)).isEmpty();
        assertThat(store.audit).last().isEqualTo("EMPLOYER_ANSWERED by operator-750000000");
    }

    @Test
    void PRG05_anAnswerIsRefusedForAnotherKindInTheFutureBeforeTheReferralOrAfterThePersonRefused() {
        Registration r = registered(TestIins.man("1988-02-02"));
        clock.set("2026-03-03");
        Referral vacancy = referred(r, Referral.Kind.VACANCY);
        Referral social = referred(r, Referral.Kind.SOCIAL_JOB);
        assertThat(vacancy.employerAnswerBy()).isNull();
        Refusal notSocial = refusal(answer.record(answered(r, vacancy, Referral.EmployerAnswer.HIRED, null)));
        assertThat(notSocial.ruleId()).isEqualTo("PRG-05");
        assertThat(notSocial.code()).isEqualTo("referral.not-a-social-job");
        Refusal future = refusal(answer.record(answered(r, social, Referral.EmployerAnswer.HIRED, "2026-03-04")));
        assertThat(future.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(future.code()).isEqualTo("referral.employer-answer-in-the-future");
        Refusal early = refusal(answer.record(answered(r, social, Referral.EmployerAnswer.HIRED, "2026-03-02")));
        assertThat(early.ruleId()).isEqualTo("PRG-05");
        assertThat(early.code()).isEqualTo("referral.employer-answer-before-referral");
        assertThat(refusal(answer.record(new RecordEmployerAnswerUseCase.Command(operator(PAVLODAR), r.id(), social.id(),
                Referral.EmployerAnswer.HIRED, null))).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(answer.record(new RecordEmployerAnswerUseCase.Command(operator(ALMATY), r.id(),
                UUID.randomUUID(), Referral.EmployerAnswer.HIRED, null))).code()).isEqualTo("referral.not-found");

        outcome.record(new RecordReferralOutcomeUseCase.Command(operator(ALMATY), r.id(), social.id(), false, null))
                .orElseThrow(); // the person refused the social job
        assertThat(refusal(answer.record(answered(r, social, Referral.EmployerAnswer.REFUSED, null))).code())
                .isEqualTo("referral.employer-answer-not-needed");
        clock.set("2026-03-20");
        assertThat(job.flagOverdue()).isZero(); // no answer is owed for a referral the person refused
        assertThat(store.audit).noneMatch(a -> a.startsWith("EMPLOYER_ANSWER"));
    }
}
