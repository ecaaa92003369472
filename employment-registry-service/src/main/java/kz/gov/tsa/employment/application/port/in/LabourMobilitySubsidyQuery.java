package kz.gov.tsa.employment.application.port.in;

import kz.gov.tsa.employment.domain.LabourMobility;
import kz.gov.tsa.kernel.Outcome;

import java.time.LocalDate;

/** PRG-08: the subsidies of a family's move in tenge, from the MCI in force on the day (D-40). */
public interface LabourMobilitySubsidyQuery {

    Outcome<LabourMobility.Subsidy> subsidy(int members, LabourMobility.Move move, boolean rural, LocalDate on);
}
