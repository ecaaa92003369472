package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.Registration;
import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;

import java.util.List;
import java.util.Optional;

/** PRG-07: the order in which public works are offered to the region's unemployed (D-47). */
public interface PublicWorksQueueQuery {

    Outcome<List<Entry>> queue(Caller caller, Optional<RegionCode> region);

    /** @param priorities how many of PRG-07's two priorities the person meets (2, 1 or 0) */
    record Entry(Registration registration, int priorities) {
    }
}
