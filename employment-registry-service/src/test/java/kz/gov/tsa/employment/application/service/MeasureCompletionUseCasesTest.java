package kz.gov.tsa.employment.application.service;

import kz.gov.tsa.employment.application.port.in.CompleteMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.DeregisterUseCase;
import kz.gov.tsa.employment.application.port.in.QuitMeasureUseCase;
import kz.gov.tsa.employment.application.port.in.RegisterJobSeekerUseCase;
import kz.gov.tsa.employment.application.port.in.StartMeasureUseCase;
import kz.gov.tsa.employment.domain.DeregistrationReason;
import kz.gov.tsa.employment.domain.EmploymentEvent;
import kz.gov.tsa.employment.domain.MeasureKind;
import kz.gov.tsa.employment.domain.Participation;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Iin;
import kz.gov.tsa.kernel.Refusal;
import kz.gov.tsa.testing.persons.TestIins;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.ALMATY;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.DOCS;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.PAVLODAR;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.operator;
import static kz.gov.tsa.employment.application.service.EmploymentUseCasesTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/** D-72: a measure is completed when its end date is reached (the job) or when the Centre records it. */
class MeasureCompletionUseCasesTest {

    final InMemoryPorts.MovableClock clock = new InMemoryPorts.MovableClock("2026-03-02");
    final InMemoryPorts.Registrations store = new InMemoryPorts.Registrations();
    final InMemoryPorts.Events events = new InMemoryPorts.Events();
    final InMemoryPorts.Calendar calendar = new InMemoryPorts.Calendar();
    final InMemoryPorts.Parameters parameters = new InMemoryPorts.Parameters();
    final InMemoryPorts.PersonKeys keys = new InMemoryPorts.PersonKeys();

    final RegisterJobSeekerService register = new RegisterJobSeekerService(store, keys, new InMemoryPorts.Families(),
            calendar, parameters, events, new InMemoryPorts.Refusals(), clock);
    final StartMeasureService start = new StartMeasureService(store, keys, events, parameters,
            new InMemoryPorts.Reference(), clock);
    final QuitMeasureService quit = new QuitMeasureService(store, keys, events, clock);
    final DeregisterService deregister = new DeregisterService(store, keys, events, parameters, clock);
    final CompleteMeasureService complete = new CompleteMeasureService(store, keys, events, clock);
    final CompleteEndedMeasuresService job = new CompleteEndedMeasuresService(store, events, clock);

    Registration registered() {
        return register.register(new RegisterJobSeekerUseCase.Command(operator(ALMATY),
                Iin.parse(TestIins.woman("1990-05-05")), ALMATY, false, DOCS, null, null)).orElseThrow();
    }

    Participation training(Registration r, String end) {
        return start.start(new StartMeasureUseCase.Command(operator(ALMATY), r.id(), MeasureKind.VOCATIONAL_TRAINING,
                "College No. 5", LocalDate.parse("2026-03-02"), LocalDate.parse(end), null)).orElseThrow()
                .measures().getLast();
    }

    Participation now(Registration r, Participation p) {
        return store.byId.get(r.id()).measures().stream().filter(m -> m.id().equals(p.id())).findFirst().orElseThrow();
    }

    CompleteMeasureUseCase.Command completing(Registration r, Participation p, String on) {
        return new CompleteMeasureUseCase.Command(operator(ALMATY), r.id(), p.id(), on == null ? null : LocalDate.parse(on));
    }

    @Test
    void D72_PRG01_theJobCompletesAMeasureOnItsEndDateOnceTheDayAfter() {
        Registration r = registered();
        Participation month = training(r, "2026-04-01");
        Participation quarter = training(r, "2026-06-01");
        clock.set("2026-04-01");
        assertThat(job.completeEnded()).isZero(); // the last day of the term is still a day of it
        clock.set("2026-04-02");
        assertThat(job.completeEnded()).isEqualTo(1);
        assertThat(job.completeEnded()).isZero();
        Participation done = now(r, month);
        assertThat(done.status()).isEqualTo(Participation.Status.COMPLETED);
        assertThat(done.completedOn()).isEqualTo("2026-04-01");
        assertThat(done.completion()).isEqualTo(Participation.Completion.END_DATE_REACHED);
        assertThat(now(r, quarter).status()).isEqualTo(Participation.Status.ACTIVE);
        assertThat(events.of(EmploymentEvent.MeasureCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.participation().id()).isEqualTo(month.id());
            assertThat(e.ruleIds()).containsExactly("PRG-01");
        });
        assertThat(store.audit).filteredOn(a -> a.startsWith("MEASURE_COMPLETED"))
                .containsExactly("MEASURE_COMPLETED by job:complete-ended-measures");
    }

    @Test
    void D72_theOperatorRecordsACompletionWithinTheTermOnceAndTheJobLeavesItAlone() {
        Registration r = registered();
        Participation p = training(r, "2026-06-01");
        clock.set("2026-05-29");
        Refusal future = refusal(complete.complete(completing(r, p, "2026-05-30")));
        assertThat(future.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(future.code()).isEqualTo("measure.completion-in-the-future");
        Refusal before = refusal(complete.complete(completing(r, p, "2026-03-01")));
        assertThat(before.ruleId()).isEqualTo("PRG-01");
        assertThat(before.code()).isEqualTo("measure.completion-outside-term");
        assertThat(refusal(complete.complete(new CompleteMeasureUseCase.Command(operator(PAVLODAR), r.id(), p.id(), null)))
                .kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(refusal(complete.complete(new CompleteMeasureUseCase.Command(operator(ALMATY), r.id(),
                UUID.randomUUID(), null))).code()).isEqualTo("measure.not-found");

        Registration after = complete.complete(completing(r, p, null)).orElseThrow();
        Participation done = after.measures().getFirst();
        assertThat(done.completedOn()).isEqualTo("2026-05-29");
        assertThat(done.completion()).isEqualTo(Participation.Completion.RECORDED);
        assertThat(store.audit).last().isEqualTo("MEASURE_COMPLETED by operator-750000000");
        Refusal twice = refusal(complete.complete(completing(r, p, null)));
        assertThat(twice.ruleId()).isEqualTo("PRG-01");
        assertThat(twice.code()).isEqualTo("measure.not-active");
        clock.set("2026-06-02");
        assertThat(job.completeEnded()).isZero();
        assertThat(events.of(EmploymentEvent.MeasureCompleted.class)).hasSize(1);
    }

    @Test
    void D72_aQuitMeasureOrOneOfAClosedRegistrationIsNotCompleted() {
        Registration r = registered();
        Participation quitOne = training(r, "2026-04-01");
        Participation open = training(r, "2026-06-01");
        clock.set("2026-03-10");
        quit.quit(new QuitMeasureUseCase.Command(operator(ALMATY), r.id(), quitOne.id(), null, true)).orElseThrow();
        assertThat(refusal(complete.complete(completing(r, quitOne, null))).code()).isEqualTo("measure.not-active");
        clock.set("2026-03-11");
        deregister.deregister(new DeregisterUseCase.Command(operator(ALMATY), r.id(),
                DeregistrationReason.IMPRISONMENT_OR_COMPULSORY_TREATMENT, null, null, "court")).orElseThrow();
        clock.set("2026-06-02");
        assertThat(job.completeEnded()).isZero();
        assertThat(now(r, open).status()).isEqualTo(Participation.Status.ACTIVE);
        assertThat(events.of(EmploymentEvent.MeasureCompleted.class)).isEmpty();
    }
}
