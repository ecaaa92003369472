package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.EmployerAnswerQueueQuery;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** PRG-05 (D-71): social jobs whose employer's answer is overdue, of the caller's region, oldest answer day first. */
@ApplicationScoped
public class EmployerAnswerQueueService implements EmployerAnswerQueueQuery {

    static final int LIMIT = 500;

    private final RegistrationStorePort store;
    private final CalendarPort calendar;
    private final Clock clock;

    @Inject
    public EmployerAnswerQueueService(RegistrationStorePort store, CalendarPort calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region) {
        LocalDate today = LocalDate.now(clock);
        var cal = calendar.calendar();
        return caller.scope(region).map(scope -> store.withEmployerAnswersOverdue(scope, LIMIT).stream()
                .flatMap(r -> r.employerAnswersOverdue().stream().map(ref -> new Entry(r, ref,
                        cal.covers(today) && cal.covers(ref.employerAnswerBy())
                                ? Integer.valueOf(cal.workingDaysBetween(ref.employerAnswerBy(), today)) : null)))
                .sorted(Comparator.comparing((Entry e) -> e.referral().employerAnswerBy())
                        .thenComparing(e -> e.referral().id()))
                .toList());
    }
}
