package kz.gov.tsa.eligibility.application.port.in;

import kz.gov.tsa.kernel.RegionCode;
import kz.gov.tsa.eligibility.domain.simulation.PovertyStatisticsLine;

import java.util.List;
import java.util.Optional;

/** REF-06: the share of applicants below the poverty line, per region and year, over the decisions taken. */
public interface PovertyStatisticsQuery {

    List<PovertyStatisticsLine> belowPovertyLine(int year, Optional<RegionCode> region);
}
