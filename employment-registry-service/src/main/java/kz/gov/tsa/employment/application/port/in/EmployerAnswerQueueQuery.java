package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Referral;
import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.util.List;
import java.util.Optional;

/** PRG-05: the operator's queue of social jobs whose employer's answer is overdue, oldest answer day first (D-71). */
public interface EmployerAnswerQueueQuery {

    Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region);

    /** @param workingDaysOverdue working days since the answer day (null when the calendar cannot tell) */
    record Entry(Registration registration, Referral referral, Integer workingDaysOverdue) {
    }
}
