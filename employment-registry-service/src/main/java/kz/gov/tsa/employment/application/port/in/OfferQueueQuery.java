package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.util.List;
import java.util.Optional;

/** EMP-03: the operator's queue of job seekers still waiting for an offer, nearest deadline first. */
public interface OfferQueueQuery {

    Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region);

    /**
     * @param workingDaysLeft working days from today to the deadline (0 on the last day, negative when passed; null
     *                        when the calendar has no complete data for the days between)
     */
    record Entry(Registration registration, Integer workingDaysLeft) {
    }
}
