package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.Caller;
import kz.gov.tsa.kernel.Outcome;
import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;

import java.util.List;
import java.util.Optional;

/** REF-06: the share of applicants below the poverty line, per region and year, over the decisions taken. */
public interface PovertyStatisticsQuery {

    /**
     * The lines of the requested region, or of every region the caller reaches when none is named: a regional
     * caller sees its own region only (403 for another), a nationwide caller every region (D-11).
     */
    Outcome<List<PovertyStatisticsLine>> belowPovertyLine(int year, Optional<RegionCode> region, Caller caller);
}
