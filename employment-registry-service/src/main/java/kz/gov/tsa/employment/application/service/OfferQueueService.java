package kz.gov.tsa.employment.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.gov.tsa.employment.application.port.in.OfferQueueQuery;
import kz.gov.tsa.employment.application.port.out.CalendarPort;
import kz.gov.tsa.employment.application.port.out.RegistrationStorePort;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** EMP-03: job seekers without an offer, nearest deadline first, with the working days left (of the caller's region). */
@ApplicationScoped
public class OfferQueueService implements OfferQueueQuery {

    static final int LIMIT = 500;

    private final RegistrationStorePort store;
    private final CalendarPort calendar;
    private final Clock clock;

    @Inject
    public OfferQueueService(RegistrationStorePort store, CalendarPort calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region) {
        LocalDate today = LocalDate.now(clock);
        var cal = calendar.calendar();
        return caller.scope(region).map(scope -> store.awaitingOffer(scope, LIMIT).stream()
                .map(r -> new Entry(r, cal.covers(today) && cal.covers(r.offerDeadline())
                        ? Integer.valueOf(r.workingDaysLeft(today, cal)) : null))
                .toList());
    }
}
